package org.syndicast.asset.store.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the asset store, PID {@code org.syndicast.asset.store}. Where registered elements may come from
 * is not among them: the element source policy decides that for the whole server.
 */
@ObjectClassDefinition(name = "Syndicast asset store", description = "Where element bytes are kept and how large they may be")
public @interface StoreConfig {

    @AttributeDefinition(description = "Directory of the content store; empty means ${karaf.base}/assets")
    String root() default "";

    @AttributeDefinition(description = "Largest element accepted, in bytes; larger uploads get 413")
    long max_element_bytes() default 64L * 1024 * 1024 * 1024;
}

package org.syndicast.asset.store.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the asset store, PID {@code org.syndicast.asset.store}. The inbox roots and the http(s)
 * allow-list are the distribution core's ({@code org.syndicast.distribution.core}): one list for the server.
 */
@ObjectClassDefinition(name = "Syndicast asset store", description = "Where element bytes are kept and where they may come from")
public @interface StoreConfig {

    @AttributeDefinition(description = "Directory of the content store; empty means ${karaf.base}/assets")
    String root() default "";

    @AttributeDefinition(description = "Largest element accepted, in bytes; larger uploads get 413")
    long max_element_bytes() default 64L * 1024 * 1024 * 1024;

    @AttributeDefinition(description = "Directories from which file: URLs may be read (the core's key); empty means ${karaf.base}/inbox")
    String[] inbox_roots() default {};

    @AttributeDefinition(description = "http(s) URL prefixes elements may be fetched from (the core's key); empty allows none")
    String[] http_allow() default {};
}

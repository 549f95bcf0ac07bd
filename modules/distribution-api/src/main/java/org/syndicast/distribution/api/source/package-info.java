/** The element source policy: the one place that decides which URLs element bytes may be read from. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.distribution.api.source;

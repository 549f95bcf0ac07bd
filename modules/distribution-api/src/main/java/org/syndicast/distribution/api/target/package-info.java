/**
 * Channel targets: the named, configured places one channel writes to (a directory, a bucket, a server with its
 * credentials), created, changed and removed while the server runs. {@link ChannelTargets} is the core's service
 * over them; {@link ChannelTarget} is one target as it may be shown (never with a secret's value).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.distribution.api.target;

/**
 * Kaltura distribution providers and profiles. Every installed channel that can take profiles (download, FTP,
 * S3) is a {@link Channel} shown as a generic provider with a fixed id; every profile is one named target of its
 * channel. {@link DistributionProfiles} keeps the profiles of each partner apart: another partner's profile
 * answers exactly as a missing one. Errors are {@link org.syndicast.kaltura.api.KalturaException}s (built by {@link DistributionErrors}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.kaltura.distribution.profile;

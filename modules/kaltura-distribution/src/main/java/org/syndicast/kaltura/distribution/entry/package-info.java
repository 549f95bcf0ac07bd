/**
 * Kaltura entries as Syndicast assets: an entry is an asset of the caller's partner (its tenant), its track
 * elements are flavor assets, its image attachments are thumbnail assets. {@link Entries} reads them;
 * {@link FlavorParamsTable} maps Kaltura's {@code flavorParamsId}s to Syndicast flavors.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.kaltura.distribution.entry;

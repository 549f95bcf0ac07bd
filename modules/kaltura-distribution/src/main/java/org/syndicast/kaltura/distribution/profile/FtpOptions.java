package org.syndicast.kaltura.distribution.profile;

/**
 * The metadata settings of the seed's {@code KalturaFtpDistributionProfile}, kept for every profile: the XSLTs
 * run (in part 2) in the server's XSLT sandbox.
 *
 * @param metadataXslt               turns the entry's MRSS into the metadata file sent; null sends the MRSS
 * @param flavorAssetFilenameXslt    names the flavor files sent; may be null
 * @param thumbnailAssetFilenameXslt names the thumbnail files sent; may be null
 * @param disableMetadata            sends no metadata file
 * @param sendMetadataAfterAssets    sends the metadata file after the flavors and thumbnails
 */
public record FtpOptions(String metadataXslt, String flavorAssetFilenameXslt, String thumbnailAssetFilenameXslt,
        boolean disableMetadata, boolean sendMetadataAfterAssets) {
}

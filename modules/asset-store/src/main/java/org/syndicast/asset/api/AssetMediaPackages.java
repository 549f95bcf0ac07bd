package org.syndicast.asset.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.syndicast.distribution.api.Checksum;
import org.syndicast.distribution.api.MediaPackage;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.xml.MediaPackageXml;

/**
 * An asset as an Opencast media package whose element URLs are {@code asset://{assetId}/{elementId}}: the
 * form in which the distribution endpoints take an asset's elements from the store.
 */
public final class AssetMediaPackages {
    /** The URL scheme of elements in the store. */
    public static final String SCHEME = "asset";

    private AssetMediaPackages() {
    }

    /** The media package of an asset. */
    public static MediaPackage of(Asset asset) {
        List<MediaPackageElement> elements = asset.elements().stream()
                .map(e -> new MediaPackageElement(e.kind(), e.id(), e.flavor(), null, e.mimetype(), e.tags(),
                        url(asset.id(), e.id()), e.size(), new Checksum("md5", e.md5()), null, List.of()))
                .toList();
        return new MediaPackage(asset.id(), asset.title(), elements, null);
    }

    /** The media package document of an asset. */
    public static String xml(Asset asset) {
        return MediaPackageXml.toXml(of(asset));
    }

    /** {@code asset://{assetId}/{elementId}}. */
    public static URI url(String assetId, String elementId) {
        return URI.create(SCHEME + "://" + encode(assetId) + "/" + encode(elementId));
    }

    /** {assetId, elementId} of an {@code asset:} URL, if it is one. */
    public static Optional<String[]> parse(URI url) {
        if (url == null || !SCHEME.equalsIgnoreCase(url.getScheme()) || url.getRawAuthority() == null
                || url.getRawPath() == null) {
            return Optional.empty();
        }
        String path = url.getRawPath();
        if (!path.startsWith("/") || path.indexOf('/', 1) >= 0 || path.length() < 2) {
            return Optional.empty();
        }
        return Optional.of(new String[] { decode(url.getRawAuthority()), decode(path.substring(1)) });
    }

    private static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String raw) {
        return java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}

package org.syndicast.kaltura.distribution.impl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.syndicast.kaltura.distribution.profile.DistributionErrors;
import org.syndicast.kaltura.distribution.profile.ProfileChange;
import org.syndicast.transform.Stylesheets;
import org.syndicast.transform.TransformException;

/**
 * The XSLTs of a profile (the FTP class's metadata and file-name stylesheets) compiled in the server's one XSLT
 * sandbox when they arrive, so that one the sandbox refuses is refused on add or update, with what is wrong,
 * rather than failing every later submit.
 */
final class StylesheetCheck {
    static final List<String> FIELDS = List.of("metadataXslt", "flavorAssetFilenameXslt", "thumbnailAssetFilenameXslt");
    private static final int MAX_PROBLEMS = 3;

    private final Stylesheets stylesheets;

    StylesheetCheck(Stylesheets stylesheets) {
        this.stylesheets = stylesheets;
    }

    /**
     * @throws org.syndicast.kaltura.api.KalturaException {@code PROPERTY_VALIDATION_WRONG_FORMAT} naming the field
     *         and the sandbox's first problems (a stylesheet is no secret)
     */
    void check(ProfileChange change) {
        for (String field : FIELDS) {
            if (change.get(field) instanceof String xslt && !xslt.isBlank()) {
                try {
                    stylesheets.compile("kaltura profile " + field, xslt.getBytes(StandardCharsets.UTF_8));
                } catch (TransformException refused) {
                    throw DistributionErrors.wrongFormat(field, "an XSLT 1.0 stylesheet the sandbox accepts ("
                            + refused.kind() + ": " + refused.problems().stream().limit(MAX_PROBLEMS)
                                    .map(Object::toString).collect(Collectors.joining("; ")) + ")");
                }
            }
        }
    }
}

package org.syndicast.distribution.rest.impl;

import java.util.Locale;

import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.SecurityContext;

import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.xml.ElementIds;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.xml.MediaPackageXml;
import org.syndicast.distribution.api.Segments;
import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * Turns an Opencast distribution form into a command, with a 400 for every field that is missing or wrong. The
 * optional {@code target} field names a channel target other than the default one.
 */
final class FormCommands {
    private final String fallbackOrganization;

    /** @param fallbackOrganization the tenant of a caller whose principal does not name one */
    FormCommands(String fallbackOrganization) {
        this.fallbackOrganization = fallbackOrganization;
    }

    DistributionCommand of(String channel, MultivaluedMap<String, String> form, SecurityContext caller) {
        String mediaPackage = required(form, "mediapackage");
        String channelId = required(form, "channelId");
        String elementIds = required(form, "elementId");
        Segments.require("channelId", channelId);
        return new DistributionCommand(channel, AuthFilter.organizationOf(caller, fallbackOrganization),
                caller.getUserPrincipal().getName(), channelId,
                MediaPackageXml.parse(mediaPackage), ElementIds.parse(elementIds),
                flag(form, "checkAvailability", true), flag(form, "preserveReference", false), target(form));
    }

    /**
     * The optional {@code target} field, a Syndicast extension: the channel's default target when absent or blank.
     * A name that cannot be a target is a 400 here; one no target has is a 400 from the core, before any job.
     */
    private static String target(MultivaluedMap<String, String> form) {
        String value = form == null ? null : form.getFirst("target");
        if (value == null || value.isBlank()) {
            return null;
        }
        return ChannelTargets.requireName(value.trim());
    }

    private static String required(MultivaluedMap<String, String> form, String name) {
        String value = form == null ? null : form.getFirst(name);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("MISSING_PARAMETER", "Form parameter '" + name + "' is required");
        }
        return value;
    }

    private static boolean flag(MultivaluedMap<String, String> form, String name, boolean fallback) {
        String value = form == null ? null : form.getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("INVALID_PARAMETER", "'" + name + "' must be true or false");
        };
    }
}

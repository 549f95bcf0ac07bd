package org.syndicast.kaltura.distribution.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.distribution.profile.DistributionErrors;
import org.syndicast.kaltura.distribution.profile.ProfileChange;
import org.syndicast.kaltura.distribution.profile.ThumbDimensions;

/** Reading the values of a {@link ProfileChange} as the clients send them (KALTURA-WIRE rule 4). */
final class Values {
    private Values() {
    }

    /** The text; null for {@link ProfileChange#NULL}. */
    static String text(String field, Object v) {
        if (v == ProfileChange.NULL) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        throw DistributionErrors.wrongFormat(field, "text expected");
    }

    /** A 32-bit int; null for {@link ProfileChange#NULL} or an empty text. */
    static Integer int32(String field, Object v) {
        String s = text(field, v);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            long l = Long.parseLong(s.trim());
            if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                throw DistributionErrors.wrongFormat(field, "out of the 32-bit range");
            }
            return (int) l;
        } catch (NumberFormatException e) {
            throw DistributionErrors.wrongFormat(field, "an integer expected");
        }
    }

    /** A 32-bit int that must be given. */
    static int requiredInt(String field, Object v) {
        Integer i = int32(field, v);
        if (i == null) {
            throw DistributionErrors.cannotBeNull(field);
        }
        return i;
    }

    /** One of {@code allowed}, else {@code INVALID_ENUM_VALUE}. */
    static int enumValue(String field, Object v, String enumName, Set<Integer> allowed) {
        Integer i;
        try {
            i = requiredInt(field, v);
        } catch (KalturaException notInt) {
            if ("PROPERTY_VALIDATION_WRONG_FORMAT".equals(notInt.code())) {
                throw DistributionErrors.invalidEnum(field, v, enumName);
            }
            throw notInt;
        }
        if (!allowed.contains(i)) {
            throw DistributionErrors.invalidEnum(field, i, enumName);
        }
        return i;
    }

    /** {@code true}, {@code 1} (any case) are true; {@code false}, {@code 0} false; null and empty are false. */
    static boolean bool(String field, Object v) {
        String s = text(field, v);
        if (s == null || s.isBlank()) {
            return false;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw DistributionErrors.wrongFormat(field, "a boolean (1, 0, true, false) expected");
        };
    }

    /** Comma-separated non-negative ints, kept as given without blanks; null for none. */
    static String idList(String field, Object v) {
        String s = text(field, v);
        if (s == null || s.isBlank()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String part : s.split(",")) {
            String p = part.trim();
            if (!p.matches("[0-9]{1,10}") || Long.parseLong(p) > Integer.MAX_VALUE) {
                throw DistributionErrors.wrongFormat(field, "comma-separated flavor params ids expected");
            }
            ids.add(p);
        }
        return String.join(",", ids);
    }

    /** Thumb dimensions, encoded {@code 640x360,120x90}; null for none. */
    static String dimensions(String field, Object v) {
        if (v == ProfileChange.NULL) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            throw DistributionErrors.wrongFormat(field, "an array of KalturaDistributionThumbDimensions expected");
        }
        List<String> parts = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof ThumbDimensions d) || d.width() < 0 || d.height() < 0) {
                throw DistributionErrors.wrongFormat(field, "an array of KalturaDistributionThumbDimensions expected");
            }
            parts.add(d.width() + "x" + d.height());
        }
        return parts.isEmpty() ? null : String.join(",", parts);
    }

    static List<ThumbDimensions> decodeDimensions(String encoded) {
        List<ThumbDimensions> dims = new ArrayList<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String part : encoded.split(",")) {
                int x = part.indexOf('x');
                dims.add(new ThumbDimensions(Integer.parseInt(part.substring(0, x)),
                        Integer.parseInt(part.substring(x + 1))));
            }
        }
        return dims;
    }

    /** A nested action change; null for {@link ProfileChange#NULL}. */
    static ProfileChange nested(String field, Object v) {
        if (v == ProfileChange.NULL) {
            return null;
        }
        if (v instanceof ProfileChange c) {
            return c;
        }
        throw DistributionErrors.wrongFormat(field, "a KalturaGenericDistributionProfileAction expected");
    }
}

package org.syndicast.kaltura.rest.impl;

import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * {@code application/x-www-form-urlencoded} text (a body or a query string) into a {@link ParamTree}:
 * {@code +} is a space, {@code %XX} a byte, and the bytes of each name and value are UTF-8, or ISO-8859-1 when
 * they are not valid UTF-8. A bad escape is {@code MALFORMED_FORM}.
 */
final class FormBody {
    private static final int MAX_PAIRS = 10_000;

    private FormBody() {
    }

    static void parse(String text, Map<String, Object> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int pairs = 0;
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++pairs > MAX_PAIRS) {
                throw WireException.malformedForm("more than " + MAX_PAIRS + " parameters");
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            ParamTree.put(into, name, value);
        }
    }

    static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
                    throw WireException.malformedForm("a bad percent escape");
                }
                out.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(b, 0, b.length); // raw non-ASCII in a form: taken as the character it is
            }
        }
        return Text.decode(out.toByteArray());
    }
}

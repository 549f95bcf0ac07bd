package org.syndicast.distribution.api.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The escapes of {@link Json}: JSON's own, plus {@code \}{@code uXXXX} (lower-case hex) for every control
 * character, DEL, {@code <} (so no {@code </script>} ends a script element), U+2028, U+2029 and UTF-16 surrogates. Jackson asks per UTF-16 unit, so a
 * surrogate pair is written as its two escapes: valid JSON that reads back as the same character.
 */
final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final int[] ascii;

    ScriptSafeEscapes() {
        ascii = standardAsciiEscapesForJSON();
        for (int c = 0; c < 0x20; c++) {
            if (c != '\n' && c != '\r' && c != '\t' && c != '\b' && c != '\f') {
                ascii[c] = ESCAPE_CUSTOM;
            }
        }
        ascii['<'] = ESCAPE_CUSTOM;
        ascii[0x7F] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
        if (c < 0x80 || c == '\u2028' || c == '\u2029' || Character.isSurrogate((char) c)) {
            return new SerializedString(new String(new char[] { '\\', 'u', HEX[c >> 12 & 0xF], HEX[c >> 8 & 0xF],
                    HEX[c >> 4 & 0xF], HEX[c & 0xF] }));
        }
        return null;
    }
}

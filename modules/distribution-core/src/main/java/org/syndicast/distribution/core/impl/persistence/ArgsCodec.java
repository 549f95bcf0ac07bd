package org.syndicast.distribution.core.impl.persistence;

import java.util.ArrayList;
import java.util.List;

/** Packs a job's argument list into one text column: each argument as {@code length:text}. */
final class ArgsCodec {
    private ArgsCodec() {
    }

    static String encode(List<String> args) {
        StringBuilder sb = new StringBuilder();
        for (String a : args) {
            String v = a == null ? "" : a;
            sb.append(v.length()).append(':').append(v);
        }
        return sb.toString();
    }

    static List<String> decode(String packed) {
        List<String> out = new ArrayList<>();
        if (packed == null) {
            return out;
        }
        int i = 0;
        while (i < packed.length()) {
            int colon = packed.indexOf(':', i);
            if (colon < 0) {
                throw new IllegalStateException("corrupt job arguments at offset " + i);
            }
            int len = Integer.parseInt(packed.substring(i, colon));
            out.add(packed.substring(colon + 1, colon + 1 + len));
            i = colon + 1 + len;
        }
        return out;
    }
}

package org.syndicast.itests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small readers for the documents the server answers with. */
final class Xml {
    private Xml() {
    }

    /** The text of the first element with this local name (any prefix), still escaped; "" when absent. */
    static String text(String xml, String localName) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + localName + "(?:\\s[^>]*)?>(.*?)</(?:\\w+:)?" + localName + ">", Pattern.DOTALL)
                .matcher(xml);
        return m.find() ? m.group(1) : "";
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}

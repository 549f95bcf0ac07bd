package org.syndicast.distribution.core.impl.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Job arguments survive being packed into one column, whatever they hold. */
class ArgsCodecTest {

    @Test
    void argumentsWithColonsAndDigitsRoundTrip() {
        List<String> args = List.of("3:abc", "12:", ":", "::::", "0:", "42", "1:2:3", "x:y");

        assertThat(ArgsCodec.decode(ArgsCodec.encode(args))).containsExactlyElementsOf(args);
    }

    @Test
    void emptyArgumentsKeepTheirPlace() {
        List<String> args = List.of("", "a", "", "");

        assertThat(ArgsCodec.encode(args)).isEqualTo("0:1:a0:0:");
        assertThat(ArgsCodec.decode(ArgsCodec.encode(args))).containsExactlyElementsOf(args);
    }

    @Test
    void anEmptyListIsAnEmptyColumnAndNullReadsAsNone() {
        assertThat(ArgsCodec.encode(List.of())).isEmpty();
        assertThat(ArgsCodec.decode("")).isEmpty();
        assertThat(ArgsCodec.decode(null)).isEmpty();
    }

    @Test
    void aNullArgumentIsStoredAsEmpty() {
        assertThat(ArgsCodec.decode(ArgsCodec.encode(Arrays.asList("a", null, "b")))).containsExactly("a", "", "b");
    }

    @Test
    void textOutsideTheBasicPlaneAndLineBreaksRoundTrip() {
        List<String> args = List.of("caf\u00e9 \ud83c\udfa5 \u4e2d\u6587", "line1\nline2\r\n", "\u0000\t");

        assertThat(ArgsCodec.decode(ArgsCodec.encode(args))).containsExactlyElementsOf(args);
    }

    @Test
    void aHugeXmlDocumentRoundTrips() {
        String xml = hugeXml(2_000_000);

        assertThat(ArgsCodec.decode(ArgsCodec.encode(List.of("engage", xml, "[\"a\"]")))).containsExactly("engage", xml,
                "[\"a\"]");
    }

    @Test
    void textWithoutALengthIsReportedAsCorrupt() {
        assertThatThrownBy(() -> ArgsCodec.decode("abc")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("corrupt");
    }

    @Test
    void oddArgumentsRoundTripThroughTheDatabase() {
        List<String> args = new ArrayList<>(List.of("12:34", "", ":", "caf\u00e9 \ud83c\udfa5", "0"));
        args.add(hugeXml(1_000_000));
        try (H2Database db = H2Database.inMemory()) {
            JobStore store = db.store();
            long id = store.create(new NewJob("t", "download", "admin", "default", "Distribute", args, Jobs.HOST), 1)
                    .id();

            assertThat(store.find(id).orElseThrow().args()).containsExactlyElementsOf(args);
        }
    }

    /** A media package document of at least {@code chars} characters, full of colons and digits. */
    static String hugeXml(int chars) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><mediapackage xmlns=\"http://mediapackage.opencastproject.org\""
                + " id=\"mp:1\"><media>");
        for (int i = 0; sb.length() < chars; i++) {
            sb.append("<track id=\"t").append(i).append("\"><url>http://a.test:8080/").append(i)
                    .append(":x.mp4</url><duration>").append(i * 17).append("</duration></track>");
        }
        return sb.append("</media></mediapackage>").toString();
    }
}

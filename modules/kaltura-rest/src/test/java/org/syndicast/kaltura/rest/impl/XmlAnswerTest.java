package org.syndicast.kaltura.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syndicast.kaltura.api.KList;
import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.api.KalturaException;

/** The answers of KALTURA-WIRE.md section 5, byte for byte (its line breaks are for reading only). */
class XmlAnswerTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private static String xml(Object result) {
        return new String(XmlAnswer.one(Outcome.of(result)), StandardCharsets.UTF_8);
    }

    /** The example as one line. */
    private static String line(String example) {
        return example.replace("\n", "");
    }

    private static KObject dims(int w, int h) {
        return KObject.builder("KalturaDistributionThumbDimensions").put("width", w).put("height", h).build();
    }

    @Test
    void sessionStartIsTheBareKs() {
        // section 5 adds <executionTime>; the wire leaves that optional element out
        assertThat(xml("4242.1764633600.c2lnbmF0dXJl")).isEqualTo(
                HEAD + "<xml><result>4242.1764633600.c2lnbmF0dXJl</result></xml>");
    }

    @Test
    void genericProvider() {
        KObject p = KObject.builder("KalturaGenericDistributionProvider").put("type", "1").put("name", "Partner feed")
                .put("scheduleUpdateEnabled", false).put("deleteInsteadUpdate", false).put("id", 101)
                .put("createdAt", 1764547200L).put("updatedAt", 1764547200).put("partnerId", 4242).put("isDefault", false)
                .put("status", 2).put("requiredFlavorParamsIds", "0").put("optionalThumbDimensions", List.of(dims(640, 360)))
                .put("requiredThumbDimensions", List.of()).put("intervalBeforeSunrise", null).build();
        assertThat(xml(p)).isEqualTo(line(HEAD + """
                <xml><result><objectType>KalturaGenericDistributionProvider</objectType>
                <type>1</type><name>Partner feed</name><scheduleUpdateEnabled>0</scheduleUpdateEnabled><deleteInsteadUpdate>0</deleteInsteadUpdate>
                <id>101</id><createdAt>1764547200</createdAt><updatedAt>1764547200</updatedAt><partnerId>4242</partnerId>
                <isDefault>0</isDefault><status>2</status><requiredFlavorParamsIds>0</requiredFlavorParamsIds>
                <optionalThumbDimensions><item><objectType>KalturaDistributionThumbDimensions</objectType><width>640</width><height>360</height></item></optionalThumbDimensions>
                <requiredThumbDimensions></requiredThumbDimensions></result></xml>"""));
    }

    @Test
    void genericProfileWithANestedAction() {
        KObject action = KObject.builder("KalturaGenericDistributionProfileAction").put("protocol", 1)
                .put("serverUrl", "ftp.example.com").put("serverPath", "ingest").put("username", "feed")
                .put("ftpPassiveMode", true).build();
        KObject p = KObject.builder("KalturaGenericDistributionProfile").put("id", 301).put("createdAt", 1764547200)
                .put("updatedAt", 1764547200).put("partnerId", 4242).put("providerType", "1").put("name", "Partner feed")
                .put("status", 2).put("submitEnabled", 3).put("updateEnabled", 3).put("deleteEnabled", 3)
                .put("reportEnabled", 1).put("requiredFlavorParamsIds", "0").put("requiredThumbDimensions", List.of())
                .put("distributeTrigger", 1).put("genericProviderId", 101).put("submitAction", action).build();
        assertThat(xml(p)).isEqualTo(line(HEAD + """
                <xml><result><objectType>KalturaGenericDistributionProfile</objectType>
                <id>301</id><createdAt>1764547200</createdAt><updatedAt>1764547200</updatedAt><partnerId>4242</partnerId>
                <providerType>1</providerType><name>Partner feed</name><status>2</status><submitEnabled>3</submitEnabled>
                <updateEnabled>3</updateEnabled><deleteEnabled>3</deleteEnabled><reportEnabled>1</reportEnabled>
                <requiredFlavorParamsIds>0</requiredFlavorParamsIds><requiredThumbDimensions></requiredThumbDimensions>
                <distributeTrigger>1</distributeTrigger><genericProviderId>101</genericProviderId>
                <submitAction><objectType>KalturaGenericDistributionProfileAction</objectType><protocol>1</protocol><serverUrl>ftp.example.com</serverUrl><serverPath>ingest</serverPath><username>feed</username><ftpPassiveMode>1</ftpPassiveMode></submitAction>
                </result></xml>"""));
    }

    private static KObject.Builder entry(int id) {
        return KObject.builder("KalturaEntryDistribution").put("id", id).put("createdAt", 1764547200);
    }

    @Test
    void entryDistribution() {
        KObject e = entry(401).put("updatedAt", 1764547260).put("submittedAt", 1764547230).put("entryId", "0_x1y2z3w4")
                .put("partnerId", 4242).put("distributionProfileId", 301).put("status", 2).put("sunStatus", 2)
                .put("dirtyStatus", 0).put("flavorAssetIds", "0_f1a2v3r4").put("remoteId", "remote-401")
                .put("validationErrors", List.of()).put("hasSubmitResultsLog", 1).put("hasSubmitSentDataLog", 1)
                .put("hasUpdateSentDataLog", 0).build();
        assertThat(xml(e)).isEqualTo(line(HEAD + """
                <xml><result><objectType>KalturaEntryDistribution</objectType>
                <id>401</id><createdAt>1764547200</createdAt><updatedAt>1764547260</updatedAt><submittedAt>1764547230</submittedAt>
                <entryId>0_x1y2z3w4</entryId><partnerId>4242</partnerId><distributionProfileId>301</distributionProfileId>
                <status>2</status><sunStatus>2</sunStatus><dirtyStatus>0</dirtyStatus><flavorAssetIds>0_f1a2v3r4</flavorAssetIds>
                <remoteId>remote-401</remoteId><validationErrors></validationErrors>
                <hasSubmitResultsLog>1</hasSubmitResultsLog><hasSubmitSentDataLog>1</hasSubmitSentDataLog><hasUpdateSentDataLog>0</hasUpdateSentDataLog></result></xml>"""));
    }

    @Test
    void listWithAValidationError() {
        KObject error = KObject.builder("KalturaDistributionValidationErrorMissingFlavor").put("action", 1)
                .put("errorType", 1).put("description", "Missing flavor [0]").put("flavorParamsId", "0").build();
        KObject item = entry(402).put("updatedAt", 1764547200).put("entryId", "0_x1y2z3w4").put("partnerId", 4242)
                .put("distributionProfileId", 302).put("status", 0).put("dirtyStatus", 0)
                .put("validationErrors", List.of(error)).build();
        assertThat(xml(KList.of("KalturaEntryDistributionListResponse", 1, List.of(item)))).isEqualTo(line(HEAD + """
                <xml><result><objectType>KalturaEntryDistributionListResponse</objectType><totalCount>1</totalCount>
                <objects><item><objectType>KalturaEntryDistribution</objectType><id>402</id><createdAt>1764547200</createdAt><updatedAt>1764547200</updatedAt><entryId>0_x1y2z3w4</entryId><partnerId>4242</partnerId><distributionProfileId>302</distributionProfileId><status>0</status><dirtyStatus>0</dirtyStatus><validationErrors><item><objectType>KalturaDistributionValidationErrorMissingFlavor</objectType><action>1</action><errorType>1</errorType><description>Missing flavor [0]</description><flavorParamsId>0</flavorParamsId></item></validationErrors></item></objects>
                </result></xml>"""));
    }

    @Test
    void anEmptyPage() {
        assertThat(xml(KList.of("KalturaDistributionProfileListResponse", 0, List.of()))).isEqualTo(HEAD
                + "<xml><result><objectType>KalturaDistributionProfileListResponse</objectType><totalCount>0</totalCount>"
                + "<objects></objects></result></xml>");
    }

    @Test
    void aVoidAction() {
        assertThat(xml(null)).isEqualTo(HEAD + "<xml><result></result></xml>");
    }

    @Test
    void anError() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("ID", "401");
        KalturaException e = new KalturaException("ENTRY_DISTRIBUTION_STATUS", "Entry distribution [401] wrong status [4]", args);
        assertThat(new String(XmlAnswer.one(Outcome.failed(e)), StandardCharsets.UTF_8)).isEqualTo(HEAD
                + "<xml><result><error><objectType>KalturaAPIException</objectType><code>ENTRY_DISTRIBUTION_STATUS</code>"
                + "<message>Entry distribution [401] wrong status [4]</message><args><item><objectType>KalturaApiExceptionArg"
                + "</objectType><name>ID</name><value>401</value></item></args></error></result></xml>");
    }

    @Test
    void aMultirequestHasOneItemPerCallWithNothingBetween() {
        byte[] doc = XmlAnswer.many(List.of(Outcome.of(KObject.builder("KalturaGenericDistributionProfile").put("id", 301).build()),
                Outcome.failed(new KalturaException("INVALID_KS", "Invalid KS: expired")), Outcome.of(null), Outcome.of("ks")));
        assertThat(new String(doc, StandardCharsets.UTF_8)).isEqualTo(HEAD + "<xml><result>"
                + "<item><objectType>KalturaGenericDistributionProfile</objectType><id>301</id></item>"
                + "<item><error><objectType>KalturaAPIException</objectType><code>INVALID_KS</code><message>Invalid KS: expired"
                + "</message><args></args></error></item><item></item><item>ks</item></result></xml>");
    }

    @Test
    void textIsEscapedAndForbiddenCharactersAreDropped() {
        String s = "a<b>&c\u0000\u0001\u000b\u000c\u001f\r\n\tü✓\ud83c\udfa5\ud800x\ufffe\uffff";
        assertThat(xml(KObject.builder("K").put("name", s).build())).isEqualTo(HEAD
                + "<xml><result><objectType>K</objectType><name>a&lt;b&gt;&amp;c&#13;\n\tü✓\ud83c\udfa5x</name></result></xml>");
    }

    @Test
    void theFirstByteIsALessThanAndTheEncodingUtf8() {
        byte[] doc = XmlAnswer.one(Outcome.of("ü"));
        assertThat(doc[0]).isEqualTo((byte) '<');
        assertThat(new String(doc, StandardCharsets.UTF_8)).contains("<result>ü</result>");
        assertThat(doc).doesNotContain((byte) 0xFC);
    }
}

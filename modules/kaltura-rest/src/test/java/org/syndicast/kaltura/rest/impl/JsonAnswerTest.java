package org.syndicast.kaltura.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syndicast.kaltura.api.KList;
import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.api.KalturaException;

/** The JSON answers of KALTURA-WIRE.md 2.8. */
class JsonAnswerTest {
    private static String json(Outcome o) {
        return new String(JsonAnswer.one(o), StandardCharsets.UTF_8);
    }

    @Test
    void anObjectHasJsonTypes() {
        KObject p = KObject.builder("KalturaGenericDistributionProvider").put("id", 101).put("name", "Partner feed")
                .put("isDefault", false).put("status", 2).put("type", "1").put("nothing", null).build();
        assertThat(json(Outcome.of(p))).isEqualTo("{\"objectType\":\"KalturaGenericDistributionProvider\",\"id\":101,"
                + "\"name\":\"Partner feed\",\"isDefault\":false,\"status\":2,\"type\":\"1\"}");
    }

    @Test
    void aListHasAnArray() {
        KObject list = KList.of("KalturaEntryDistributionListResponse", 1,
                List.of(KObject.builder("KalturaEntryDistribution").put("id", 402).put("validationErrors", List.of()).build()));
        assertThat(json(Outcome.of(list))).isEqualTo("{\"objectType\":\"KalturaEntryDistributionListResponse\",\"totalCount\":1,"
                + "\"objects\":[{\"objectType\":\"KalturaEntryDistribution\",\"id\":402,\"validationErrors\":[]}]}");
    }

    @Test
    void anErrorIsBare() {
        KalturaException e = new KalturaException("ENTRY_DISTRIBUTION_NOT_FOUND", "Entry distribution [999] not found",
                Map.of("ID", "999"));
        assertThat(json(Outcome.failed(e))).isEqualTo("{\"code\":\"ENTRY_DISTRIBUTION_NOT_FOUND\",\"message\":"
                + "\"Entry distribution [999] not found\",\"objectType\":\"KalturaAPIException\",\"args\":{\"ID\":\"999\"}}");
        assertThat(json(Outcome.failed(KalturaException.missingKs()))).endsWith("\"args\":{}}");
    }

    @Test
    void scalarsVoidAndMultirequest() {
        assertThat(json(Outcome.of("4242.1764633600.c2ln"))).isEqualTo("\"4242.1764633600.c2ln\"");
        assertThat(json(Outcome.of(null))).isEqualTo("null");
        assertThat(json(Outcome.of(true))).isEqualTo("true");
        assertThat(new String(JsonAnswer.many(List.of(Outcome.of(7), Outcome.failed(KalturaException.missingKs()))),
                StandardCharsets.UTF_8)).isEqualTo("[7,{\"code\":\"MISSING_KS\",\"message\":\"Missing KS, session not "
                        + "established\",\"objectType\":\"KalturaAPIException\",\"args\":{}}]");
    }
}

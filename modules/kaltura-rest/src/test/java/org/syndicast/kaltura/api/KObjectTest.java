package org.syndicast.kaltura.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class KObjectTest {
    @Test
    void fieldsKeepTheirOrderAndNullsAreLeftOut() {
        KObject k = KObject.builder("KalturaGenericDistributionProvider").put("type", "1").put("name", "Feed")
                .put("id", 101).put("gone", null).put("isDefault", false).build();
        assertThat(k.objectType()).isEqualTo("KalturaGenericDistributionProvider");
        assertThat(k.fields().keySet()).containsExactly("type", "name", "id", "isDefault");
        assertThat(k.get("gone")).isEmpty();
    }

    @Test
    void puttingNullAgainRemovesAField() {
        KObject k = KObject.builder("K").put("a", 1).put("a", null).build();
        assertThat(k.fields()).isEmpty();
    }

    @Test
    void onlyTheWireTypesAreTaken() {
        KObject.Builder b = KObject.builder("K");
        assertThatThrownBy(() -> b.put("d", 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.put("l", List.of("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.put("objectType", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.put("a b", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KObject.builder("<x>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListResponseHasItsCountThenItsObjects() {
        KObject list = KList.of("KalturaEntryDistributionListResponse", 0, List.of());
        assertThat(list.fields().keySet()).containsExactly("totalCount", "objects");
        assertThat(list.get("objects")).contains(List.of());
    }
}

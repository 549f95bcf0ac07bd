package org.syndicast.distribution.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.InvalidInputException;

class JobWaitParamTest {

    @Test
    void absentOrEmptyMeansNoWait() {
        assertThat(JobWaitParam.parse(null)).isZero();
        assertThat(JobWaitParam.parse("")).isZero();
        assertThat(JobWaitParam.parse("  ")).isZero();
    }

    @Test
    void wholeSecondsAreTaken() {
        assertThat(JobWaitParam.parse("0")).isZero();
        assertThat(JobWaitParam.parse("30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(JobWaitParam.parse(" 5 ")).isEqualTo(Duration.ofSeconds(5));
        assertThat(JobWaitParam.parse("86400")).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void anythingElseIsRefusedWithItsCode() {
        for (String bad : new String[] { "abc", "-1", "1.5", "+3", "1e3", "86401", "99999999999999999999", "5s", "０" }) {
            assertThatThrownBy(() -> JobWaitParam.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).code()).isEqualTo("INVALID_WAIT"))
                    .satisfies(e -> assertThat(((InvalidInputException) e).status()).isEqualTo(400));
        }
    }
}

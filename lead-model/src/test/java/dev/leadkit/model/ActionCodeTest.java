package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionCodeTest {

    @ParameterizedTest
    @CsvSource({"INS, INSTALL", "PLT, PARTNER_LED_TRIAL", "DNC, DO_NOT_CONTACT", "Create, CREATE",
        "StartTestDrive, START_TEST_DRIVE", "ins, INSTALL", "' StartTestDrive ', START_TEST_DRIVE"})
    void recognisesTheKnownCodes(String raw, ActionCode expected) {
        assertThat(ActionCode.of(raw)).isEqualTo(expected);
        assertThat(expected.meaning()).isNotBlank();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "INSTALL", "Upgrade", "IN S"})
    void reportsAnythingElseAsUnknown(String raw) {
        assertThat(ActionCode.of(raw)).isEqualTo(ActionCode.UNKNOWN);
        assertThat(ActionCode.UNKNOWN.code()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INS", "PLT", "DNC", "Create", "StartTestDrive"})
    void codeIsTheWireForm(String raw) {
        assertThat(ActionCode.of(raw).code()).isEqualTo(raw);
    }
}

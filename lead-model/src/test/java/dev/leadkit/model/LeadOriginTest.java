package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadOriginTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "AzureMarketplace-INS|contoso.myoffer; AzureMarketplace; INS; contoso.myoffer",
        "AppSource-PLT|fabrikam.offer-with-dashes.v2; AppSource; PLT; fabrikam.offer-with-dashes.v2",
        "Azure-Portal-Create|pub.3f2504e0-4f89-11d3-9a0c-0305e82c3301; Azure-Portal; Create; pub.3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "TestDrive-StartTestDrive|a.b|c; TestDrive; StartTestDrive; a.b|c"})
    void splitsTheCompositeForm(String raw, String source, String action, String offer) {
        LeadOrigin origin = LeadOrigin.parse(raw);

        assertThat(origin).isEqualTo(new LeadOrigin(raw, source, action, offer));
        assertThat(origin.isComposite()).isTrue();
        assertThat(origin.actionCode()).isNotEqualTo(ActionCode.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AzureMarketplace", "AppSource (SPZA)", "SPZA", "TestDrive", "", "-INS|x", "A-|x",
        "no-bar-here", "Test run through MS Flow"})
    void keepsAnyOtherValueWholeAsTheSource(String raw) {
        LeadOrigin origin = LeadOrigin.parse(raw);

        assertThat(origin.source()).isEqualTo(raw);
        assertThat(origin.action()).isNull();
        assertThat(origin.offer()).isNull();
        assertThat(origin.isComposite()).isFalse();
        assertThat(origin.actionCode()).isEqualTo(ActionCode.UNKNOWN);
    }

    @Test
    void anUnknownActionIsKept() {
        LeadOrigin origin = LeadOrigin.parse("AzureMarketplace-XYZ|p.o");

        assertThat(origin.action()).isEqualTo("XYZ");
        assertThat(origin.actionCode()).isEqualTo(ActionCode.UNKNOWN);
    }
}

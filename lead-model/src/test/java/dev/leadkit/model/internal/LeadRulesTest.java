package dev.leadkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.UserDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeadRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"someone@contoso.com", "MSFT_TEST_636573304831318844@test.com", "a.b+tag@sub.example.org",
        "o'brien@example.ie", "x@a-b.co", "zoë@exämple.de", "山田@例え.jp", "!#$%&'*+-/=?^_`{|}~@example.com"})
    void acceptsAddresses(String email) {
        assertThat(LeadRules.isEmailSyntax(email)).isTrue();
        assertThat(LeadRules.isUsableEmail(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"someone", "@contoso.com", "someone@", "a@b", "a@@b.com", "a@b@c.com", "a..b@c.com",
        ".a@c.com", "a.@c.com", "a b@c.com", " a@c.com", "a@c.com ", "a@-c.com", "a@c-.com", "a@c..com", "a@.c.com",
        "a@c.com.", "a@1.2.3.4", "a@[1.2.3.4]", "\"a\"@c.com", "a@c_d.com", "a\u0000@c.com", "a@c\u200b.com",
        "a\t@c.com"})
    void refusesNonAddresses(String email) {
        assertThat(LeadRules.isEmailSyntax(email)).isFalse();
        assertThat(LeadRules.isUsableEmail(email)).isFalse();
    }

    @Test
    void blankIsAbsentSoSyntaxPassesButItIsNotUsable() {
        for (String blank : new String[] {null, "", " ", "\t\n"}) {
            assertThat(LeadRules.isEmailSyntax(blank)).isTrue();
            assertThat(LeadRules.isUsableEmail(blank)).isFalse();
        }
    }

    @Test
    void enforcesTheRfc5321PartLengths() {
        String label63 = "d".repeat(63);
        assertThat(LeadRules.isEmailSyntax("l".repeat(64) + "@example.com")).isTrue();
        assertThat(LeadRules.isEmailSyntax("l".repeat(65) + "@example.com")).isFalse();
        assertThat(LeadRules.isEmailSyntax("a@" + label63 + ".com")).isTrue();
        assertThat(LeadRules.isEmailSyntax("a@" + label63 + "d.com")).isFalse();
        String domain253 = String.join(".", label63, label63, label63, "d".repeat(61));
        assertThat(domain253).hasSize(253);
        assertThat(LeadRules.isEmailSyntax("a@" + domain253)).isTrue();
        assertThat(LeadRules.isEmailSyntax("a@d" + domain253)).isFalse();
    }

    @Test
    void phoneIsUsableWithFiveDigits() {
        assertThat(LeadRules.isUsablePhone("16175555555")).isTrue();
        assertThat(LeadRules.isUsablePhone("+1 (617) 5")).isTrue();
        assertThat(LeadRules.isUsablePhone("12-34")).isFalse();
        assertThat(LeadRules.isUsablePhone("N/A")).isFalse();
        assertThat(LeadRules.isUsablePhone("")).isFalse();
        assertThat(LeadRules.isUsablePhone(null)).isFalse();
        assertThat(LeadRules.isUsablePhone("١٢٣٤٥")).as("only ASCII digits count").isFalse();
    }

    @Test
    void reachableNeedsDetailsWithAUsableEmailOrPhone() {
        assertThat(LeadRules.isReachable(null)).isFalse();
        assertThat(LeadRules.isReachable(UserDetails.builder().firstName("Some").build())).isFalse();
        assertThat(LeadRules.isReachable(UserDetails.builder().email("bad@").phone("1").build())).isFalse();
        assertThat(LeadRules.isReachable(UserDetails.builder().email("a@b.example").build())).isTrue();
        assertThat(LeadRules.isReachable(UserDetails.builder().email("bad@").phone("1234567890").build())).isTrue();
    }

    @Test
    void sizeMessagesRenderLikeBeanValidation() {
        assertThat(LeadLimits.message(LeadLimits.SALESFORCE_MESSAGE, 40))
                .isEqualTo("must be at most 40 characters long to fit Salesforce");
    }
}

package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeadJsonReadTest {
    private final LeadJson json = LeadJson.defaults();

    @Test
    void readsThe2020DocumentationSample() {
        Lead lead = json.read(Samples.bytes(Samples.DOC_2020));

        assertThat(lead.actionCode()).isEqualTo("INS");
        assertThat(lead.offerTitle()).isEqualTo("Test Microsoft");
        assertThat(lead.leadSource()).isEqualTo("AzureMarketplace");
        assertThat(lead.description()).isEqualTo("Test run through Power Automate");
        assertThat(lead.additionalProperties()).isEmpty();
        assertThat(lead.userDetails()).isEqualTo(UserDetails.builder()
                .firstName("Some").lastName("One").email("someone@contoso.com").phone("16175555555")
                .country("USA").company("Contoso").title("Esquire").build());
    }

    @Test
    void readsThe2018DocumentationSampleWithoutActionCodeOrDescription() {
        Lead lead = json.read(Samples.bytes(Samples.DOC_2018));

        assertThat(lead.actionCode()).isNull();
        assertThat(lead.description()).isNull();
        assertThat(lead.offerTitle()).isEqualTo("Test Microsoft");
        assertThat(lead.leadSource()).isEqualTo("Test run through MS Flow");
        assertThat(lead.userDetails().email()).isEqualTo("someone@contoso.com");
        assertThat(lead.userDetails().title()).isEqualTo("Esquire");
    }

    @Test
    void readsCamelCaseAsMicrosoftSendsIt() {
        Lead lead = json.read(Samples.bytes(Samples.CAMEL_CASE));

        assertThat(lead.actionCode()).isEqualTo("INS");
        assertThat(lead.offerTitle()).isEqualTo("Contoso Analytics");
        assertThat(lead.leadSource()).isEqualTo("AzureMarketplace-INS|contoso.contoso-analytics-preview");
        assertThat(lead.description()).isEqualTo("Campaigns: ");
        assertThat(lead.userDetails().firstName()).isEqualTo("Amélie");
        assertThat(lead.userDetails().lastName()).isEqualTo("Dupont-Ngô");
        assertThat(lead.userDetails().email()).isEqualTo("amelie.dupont@fabrikam.example");
        assertThat(lead.userDetails().country()).isEqualTo("FR");
        assertThat(lead.additionalProperties()).isEmpty();
        assertThat(lead.userDetails().additionalProperties()).isEmpty();
    }

    @Test
    void matchesPropertyNamesInAnyAsciiCaseAndMixOfConventions() {
        Lead lead = json.read("{\"ACTIONCODE\":\"PLT\",\"offertitle\":\"O\",\"LeadSource\":\"S\","
                + "\"uSeRdEtAiLs\":{\"EMAIL\":\"a@b.example\",\"firstName\":\"F\",\"LastName\":\"L\"}}");

        assertThat(lead.actionCode()).isEqualTo("PLT");
        assertThat(lead.offerTitle()).isEqualTo("O");
        assertThat(lead.leadSource()).isEqualTo("S");
        assertThat(lead.userDetails().email()).isEqualTo("a@b.example");
        assertThat(lead.userDetails().firstName()).isEqualTo("F");
        assertThat(lead.userDetails().lastName()).isEqualTo("L");
    }

    @Test
    void doesNotTreatNonAsciiLookAlikesAsDocumentedNames() {
        // U+212A KELVIN SIGN lower-cases to 'k' in Java; a receiver must not fold it into a documented name.
        Lead lead = json.read("{\"UserDetails\":{\"\u212Aey\":\"x\",\"T\u0130TLE\":\"y\"}}");

        assertThat(lead.userDetails().title()).isNull();
        assertThat(lead.userDetails().additionalProperties()).containsOnlyKeys("\u212Aey", "T\u0130TLE");
    }

    @Test
    void readsJsonNullForADocumentedFieldAsAbsent() {
        Lead lead = json.read("{\"ActionCode\":null,\"UserDetails\":{\"Email\":null,\"Phone\":\"1\"}}");

        assertThat(lead.actionCode()).isNull();
        assertThat(lead.userDetails().email()).isNull();
        assertThat(lead.userDetails().phone()).isEqualTo("1");
    }

    @Test
    void readsNullUserDetailsAsAbsentAndEmptyObjectAsEmptyDetails() {
        assertThat(json.read("{\"UserDetails\":null}").hasUserDetails()).isFalse();
        assertThat(json.read("{\"UserDetails\":{}}").userDetails()).isEqualTo(UserDetails.builder().build());
    }

    @Test
    void readsNumbersAndBooleansWhereStringsBelongAsTheirJsonText() {
        Lead lead = json.read("{\"UserDetails\":{\"Phone\":16175555555,\"Title\":1.50e3},\"ActionCode\":true,"
                + "\"OfferTitle\":false,\"LeadSource\":-0}");

        assertThat(lead.userDetails().phone()).isEqualTo("16175555555");
        assertThat(lead.userDetails().title()).isEqualTo("1.50e3");
        assertThat(lead.actionCode()).isEqualTo("true");
        assertThat(lead.offerTitle()).isEqualTo("false");
        assertThat(lead.leadSource()).isEqualTo("-0");
    }

    @Test
    void keepsEmptyAndWhitespaceOnlyStringsAsSent() {
        Lead lead = json.read("{\"Description\":\" \",\"OfferTitle\":\"\"}");

        assertThat(lead.description()).isEqualTo(" ");
        assertThat(lead.offerTitle()).isEmpty();
    }

    @Test
    void keepsUnknownPropertiesInDocumentOrderAsPlainJavaValues() {
        Lead lead = json.read("{\"z\":\"s\",\"UserDetails\":{\"Email\":\"e@x.example\",\"linkedIn\":\"p\","
                + "\"score\":7},\"a\":12345678901234567890123,\"m\":{\"k\":[true,null,2.50,-7]},\"n\":null,"
                + "\"f\":false,\"e\":1E+2}");

        assertThat(lead.additionalProperties()).containsExactly(
                entry("z", "s"),
                entry("a", new BigInteger("12345678901234567890123")),
                entry("m", Map.of("k", java.util.Arrays.asList(true, null, new BigDecimal("2.50"), -7L))),
                entry("n", null),
                entry("f", false),
                entry("e", new BigDecimal("1E+2")));
        assertThat(lead.userDetails().additionalProperties())
                .containsExactly(entry("linkedIn", "p"), entry("score", 7L));
        assertThat(lead.additionalProperties().keySet()).containsExactly("z", "a", "m", "n", "f", "e");
    }

    @Test
    void keepsNumbersExactly() {
        Lead lead = json.read("{\"huge\":1e400,\"precise\":0.10000000000000000000000000001,\"long\":"
                + Long.MIN_VALUE + ",\"negZero\":-0.0}");

        assertThat(lead.additionalProperties().get("huge")).isEqualTo(new BigDecimal("1e400"));
        assertThat(lead.additionalProperties().get("precise"))
                .isEqualTo(new BigDecimal("0.10000000000000000000000000001"));
        assertThat(lead.additionalProperties().get("long")).isEqualTo(Long.MIN_VALUE);
        assertThat(lead.additionalProperties().get("negZero")).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void ignoresAUtf8ByteOrderMark() {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Samples.bytes(Samples.DOC_2020));

        assertThat(json.read(withBom)).isEqualTo(json.read(Samples.bytes(Samples.DOC_2020)));
    }

    @Test
    void readsUnicodeEscapesAndSupplementaryCharacters() {
        Lead lead = json.read("{\"UserDetails\":{\"FirstName\":\"\\u00c9mile \uD83D\uDE00\",\"LastName\":\"\\ud83d\\ude00\"}}");

        assertThat(lead.userDetails().firstName()).isEqualTo("Émile 😀");
        assertThat(lead.userDetails().lastName()).isEqualTo("😀");
    }

    @Test
    void keepsAnEscapedUnpairedSurrogateSinceItIsValidJson() {
        Lead lead = json.read("{\"Description\":\"a\\ud800b\"}");

        assertThat(lead.description()).isEqualTo("a\ud800b");
        assertThat(json.read(json.write(lead))).isEqualTo(lead);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", " {} ", "\n\t{ }\r\n", "{}\n"})
    void readsAnEmptyLeadWithSurroundingWhitespace(String document) {
        assertThat(json.read(document)).isEqualTo(Lead.builder().build());
    }

    @Test
    void readsTheSameLeadFromBytesStringAndStream() {
        byte[] bytes = Samples.bytes(Samples.CAMEL_CASE);
        Lead fromBytes = json.read(bytes);

        assertThat(json.read(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(fromBytes);
        assertThat(json.read(new ByteArrayInputStream(bytes))).isEqualTo(fromBytes);
    }

    @Test
    void readsAStreamWithoutClosingIt() {
        var closed = new boolean[1];
        var in = new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        json.read(in);

        assertThat(closed[0]).isFalse();
    }

    @Test
    void leavesTheCallersArrayUntouched() {
        byte[] bytes = Samples.bytes(Samples.DOC_2020);
        byte[] copy = bytes.clone();

        json.read(bytes);

        assertThat(bytes).isEqualTo(copy);
    }

    @Test
    void unknownNestedValuesAreListsAndMaps() {
        Lead lead = json.read("{\"arr\":[[],{}]}");

        assertThat(lead.additionalProperties().get("arr")).isEqualTo(List.of(List.of(), Map.of()));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.leadkit.seeds.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LeadSchemaTest {
    private static final String CAMEL_LEAD = "{\"userDetails\":{\"firstName\":\"Some\",\"lastName\":\"One\","
            + "\"email\":\"someone@contoso.com\",\"phone\":\"16175555555\",\"country\":\"US\",\"company\":\"Contoso\","
            + "\"title\":\"Esquire\"},\"leadSource\":\"AzureMarketplace-INS|contoso.myoffer\",\"actionCode\":\"INS\","
            + "\"offerTitle\":\"My Offer\",\"description\":\"Campaigns: \"}";

    @Test
    void documentedSamplesAreValidUnderTheirSchema() {
        assertThat(LeadSchema.latest().validate(Seeds.sample(Seeds.REVISION_2020)).isValid()).isTrue();
        assertThat(LeadSchema.revision2018().validate(Seeds.sample(Seeds.REVISION_2018)).isValid()).isTrue();
    }

    @Test
    void sampleWithDescriptionIsValidUnder2018BecauseUnknownPropertiesAreAllowed() {
        assertThat(LeadSchema.revision2018().validate(Seeds.sample(Seeds.REVISION_2020)).isValid()).isTrue();
        assertThat(LeadSchema.tolerant().validate(Seeds.sample(Seeds.REVISION_2020)).isValid()).isTrue();
    }

    @Test
    void realCamelCaseLeadPassesLatestAsUnknownPropertiesAndTolerant() {
        assertThat(LeadSchema.latest().validate(CAMEL_LEAD).isValid()).isTrue();
        assertThat(LeadSchema.tolerant().validate(CAMEL_LEAD).isValid()).isTrue();
        assertAgreesWithNetworknt(LeadSchema.latest(), CAMEL_LEAD);
    }

    @Test
    void pascalCaseLeadWithNullFailsLatestButNotTolerantAsNetworkntSays() {
        String json = "{\"OfferTitle\":\"Test\",\"UserDetails\":{\"Email\":null,\"Phone\":\"1\"},\"Description\":null}";
        ValidationReport report = LeadSchema.latest().validate(json);
        assertThat(report.violations()).containsExactly(
                new Violation("/UserDetails/Email", "type", "expected a string but found null"),
                new Violation("/Description", "type", "expected a string but found null"));
        assertAgreesWithNetworknt(LeadSchema.latest(), json);
        assertThat(LeadSchema.tolerant().validate(json).isValid()).isTrue();
        assertAgreesWithNetworknt(LeadSchema.tolerant(), json);
    }

    @Test
    void camelCaseLeadWithNumericEmailFailsTolerantButNotLatestAsNetworkntSays() {
        String json = "{\"userDetails\":{\"email\":5,\"firstName\":\"A\"}}";
        assertThat(LeadSchema.tolerant().validate(json).violations()).containsExactly(
                new Violation("/userDetails/email", "type", "expected a string or null but found a number"));
        assertAgreesWithNetworknt(LeadSchema.tolerant(), json);
        assertThat(LeadSchema.latest().validate(json).isValid()).isTrue();
        assertAgreesWithNetworknt(LeadSchema.latest(), json);
    }

    @Test
    void rootMustBeAnObject() {
        assertThat(LeadSchema.latest().validate("[{\"UserDetails\":null}]").violations())
                .containsExactly(new Violation("", "type", "expected an object but found an array"));
        assertThat(LeadSchema.tolerant().validate("null").violations())
                .containsExactly(new Violation("", "type", "expected an object but found null"));
    }

    @Test
    void userDetailsOfTheWrongTypeIsOneViolation() {
        assertThat(LeadSchema.latest().validate("{\"UserDetails\":\"someone@contoso.com\"}").violations())
                .containsExactly(new Violation("/UserDetails", "type", "expected an object but found a string"));
        assertThat(LeadSchema.latest().validate("{\"UserDetails\":null}").violations())
                .containsExactly(new Violation("/UserDetails", "type", "expected an object but found null"));
        assertThat(LeadSchema.tolerant().validate("{\"UserDetails\":null,\"userDetails\":null}").isValid()).isTrue();
    }

    @Test
    void duplicateKeyCountsByItsLastOccurrenceLikeJacksonsTreeModel() {
        String lastWins = "{\"UserDetails\":{\"Email\":5},\"UserDetails\":{\"Email\":\"a@b.example\"}}";
        assertThat(LeadSchema.latest().validate(lastWins).isValid()).isTrue();
        assertAgreesWithNetworknt(LeadSchema.latest(), lastWins);
        String lastFails = "{\"ActionCode\":\"INS\",\"ActionCode\":true}";
        assertThat(LeadSchema.latest().validate(lastFails).violations())
                .containsExactly(new Violation("/ActionCode", "type", "expected a string but found a boolean"));
        assertAgreesWithNetworknt(LeadSchema.latest(), lastFails);
    }

    @Test
    void namesAreCaseSensitive() {
        String json = "{\"EMAIL\":5,\"userdetails\":[],\"UserDetails\":{\"email\":null,\"EMail\":1}}";
        assertThat(LeadSchema.latest().validate(json).isValid()).isTrue();
        assertAgreesWithNetworknt(LeadSchema.latest(), json);
    }

    @Test
    void malformedJsonIsOneSyntaxViolationAtTheFailurePoint() {
        assertThat(single("{\"UserDetails\":{\"Email\":\"a@b\",")).isEqualTo(new Violation("/UserDetails",
                "syntax", "malformed JSON at line 1, column 31: expected the rest of the document but found end"
                        + " of input (truncated)"));
        assertThat(single("{\"OfferTitle\":tru}").pointer()).isEqualTo("/OfferTitle");
        assertThat(single("{\"a\":1}]").code()).isEqualTo("syntax");
        assertThat(single("{} {}").message()).contains("expected end of input after the root value");
        assertThat(single("").message()).contains("found end of input");
        assertThat(single("{\"a\":\"x\ny\"}").message()).contains("control characters");
        assertThat(single("{\"a\":01}").message()).contains("without leading zeros");
    }

    @Test
    void syntaxMessagesNeverQuoteTheDocument() {
        String secret = "someone.private@contoso.com";
        for (String json : List.of("{\"Email\":" + secret + "}", "{\"Email\":\"" + secret + "\" x",
                "{\"Email\":'" + secret + "'}")) {
            Violation v = single(json);
            assertThat(v.code()).isEqualTo("syntax");
            assertThat(v.message()).doesNotContain("someone", "contoso");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreASyntaxViolationAtTheirValue() {
        byte[] overlong = "{\"UserDetails\":{\"FirstName\":\"A?\"}}".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(overlong, '?');
        overlong[at] = (byte) 0xC0;
        Violation v = single(overlong);
        assertThat(v.pointer()).isEqualTo("/UserDetails/FirstName");
        assertThat(v.message()).isEqualTo("malformed JSON at line 1, column " + (at + 1)
                + ": expected UTF-8 but found byte 0xC0 that does not start a valid sequence");
        byte[] utf16 = "{}".getBytes(StandardCharsets.UTF_16LE);
        assertThat(single(utf16).message()).contains("NUL byte");
    }

    @Test
    void unpairedSurrogateInAStringInputIsASyntaxViolation() {
        Violation v = single("{\"UserDetails\":{\"Phone\":\"12\uD83D\"}}");
        assertThat(v).isEqualTo(new Violation("/UserDetails/Phone", "syntax",
                "malformed JSON at line 1, column 28: expected text with a UTF-8 form but found an unpaired"
                        + " surrogate"));
        assertThat(LeadSchema.latest().validate("{\"FirstName\":\"\uD83D\uDE00\"}").isValid()).isTrue();
    }

    @Test
    void byteOrderMarkIsIgnored() {
        byte[] json = "\uFEFF{\"OfferTitle\":5}".getBytes(StandardCharsets.UTF_8);
        assertThat(LeadSchema.latest().validate(json).violations())
                .containsExactly(new Violation("/OfferTitle", "type", "expected a string but found a number"));
    }

    @Test
    void nestingBeyondTheParserLimitIsALimitViolation() {
        String deep = "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        Violation v = single(deep);
        assertThat(v.code()).isEqualTo("limit");
        assertThat(v.pointer()).startsWith("/x/0/0");
    }

    @Test
    void bytesAndStringGiveTheSameReport() {
        String json = "{\"UserDetails\":{\"Email\":[\"é\"],\"Title\":\"中文\"},\"LeadSource\":{}}";
        assertThat(LeadSchema.latest().validate(json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(LeadSchema.latest().validate(json));
    }

    @Test
    void aDuplicateWhoseEarlierOccurrenceIsWrongIsValidAndOneWhoseLaterIsWrongIsNot() {
        assertThat(LeadSchema.latest().validate("{\"OfferTitle\":1,\"OfferTitle\":\"T\"}").isValid()).isTrue();
        assertThat(LeadSchema.latest().validate("{\"OfferTitle\":\"T\",\"OfferTitle\":1}").violations())
                .containsExactly(new Violation("/OfferTitle", "type", "expected a string but found a number"));
        assertThat(LeadSchema.latest().validate("{\"UserDetails\":{},\"UserDetails\":{\"Email\":{}}} ").violations())
                .containsExactly(new Violation("/UserDetails/Email", "type", "expected a string but found an object"));
    }

    @Test
    void nullInputIsRefusedByName() {
        assertThatNullPointerException().isThrownBy(() -> LeadSchema.latest().validate((byte[]) null))
                .withMessage("json");
        assertThatNullPointerException().isThrownBy(() -> LeadSchema.latest().validate((String) null))
                .withMessage("json");
    }

    @Test
    void toStringNamesTheResource() {
        assertThat(LeadSchema.latest()).hasToString("LeadSchema[lead-2020.schema.json]");
        assertThat(LeadSchema.revision2018()).hasToString("LeadSchema[lead-2018.schema.json]");
        assertThat(LeadSchema.tolerant()).hasToString("LeadSchema[lead-tolerant.schema.json]");
    }

    private static void assertAgreesWithNetworknt(LeadSchema schema, String json) {
        Set<String> ours = new TreeSet<>();
        schema.validate(json).violations().forEach(v -> ours.add(v.pointer()));
        assertThat(ours).as(json).isEqualTo(Networknt.failingPointers(schema, json));
    }

    private static Violation single(String json) {
        return onlyViolation(LeadSchema.latest().validate(json));
    }

    private static Violation single(byte[] json) {
        return onlyViolation(LeadSchema.latest().validate(json));
    }

    private static Violation onlyViolation(ValidationReport report) {
        assertThat(report.violations()).hasSize(1);
        return report.violations().get(0);
    }

    private static int indexOf(byte[] bytes, char c) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == c) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + c);
    }
}

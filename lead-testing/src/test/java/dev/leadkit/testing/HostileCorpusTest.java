package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import dev.leadkit.model.LeadParseException.Problem;
import dev.leadkit.schema.LeadSchema;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each hostile payload gets exactly the outcome it states, from LeadJson and from both schemas. */
class HostileCorpusTest {
    static List<HostilePayload> corpus() {
        return TestLeads.hostile();
    }

    private static HostilePayload payload(String name) {
        return corpus().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Lead read(String name) {
        return LeadJson.defaults().read(payload(name).bytes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void leadJsonGivesTheStatedOutcome(HostilePayload payload) {
        byte[] bytes = payload.bytes();
        if (payload.isReadable()) {
            Lead lead = LeadJson.defaults().read(bytes);
            assertThat(LeadJson.defaults().read(LeadJson.defaults().writeBytes(lead))).as("round trip").isEqualTo(lead);
            assertThat(payload.readPointer()).isEmpty();
        } else {
            LeadParseException e = catchThrowableOfType(LeadParseException.class,
                    () -> LeadJson.defaults().read(bytes));
            assertThat(e).as("LeadParseException").isNotNull();
            assertThat(e.problem()).isEqualTo(payload.readProblem().orElseThrow());
            assertThat(e.pointer()).isEqualTo(payload.readPointer().orElseThrow());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void bothSchemasGiveTheStatedViolations(HostilePayload payload) {
        byte[] bytes = payload.bytes();

        assertThat(ExpectedViolation.allOf(LeadSchema.latest().validate(bytes))).as("latest")
                .isEqualTo(payload.latestViolations());
        assertThat(ExpectedViolation.allOf(LeadSchema.tolerant().validate(bytes))).as("tolerant")
                .isEqualTo(payload.tolerantViolations());
    }

    @Test
    void theCorpusIsLargeNamedAndCoversEveryProblemBothWays() {
        List<String> names = corpus().stream().map(HostilePayload::name).collect(Collectors.toList());
        Set<Problem> problems = EnumSet.noneOf(Problem.class);
        corpus().forEach(p -> p.readProblem().ifPresent(problems::add));

        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(new HashSet<>(names)).hasSameSizeAs(names);
        assertThat(names).allMatch(n -> n.matches("[a-z0-9]+(-[a-z0-9]+)*"), "lower-case words joined by -");
        assertThat(corpus()).allMatch(p -> p.description().endsWith(".")).allMatch(p -> p.toString().equals(p.name()));
        assertThat(problems).containsExactlyInAnyOrder(Problem.values());
        assertThat(corpus()).filteredOn(HostilePayload::isReadable).hasSizeGreaterThan(30);
        assertThat(corpus()).anyMatch(p -> p.isReadable() && !p.latestViolations().isEmpty())
                .anyMatch(p -> !p.isReadable() && p.latestViolations().isEmpty())
                .anyMatch(p -> !p.latestViolations().equals(p.tolerantViolations()));
    }

    @Test
    void largePayloadsAreGeneratedOnEachUseNotHeld() {
        HostilePayload big = payload("document-of-two-mebibytes");
        byte[] first = big.bytes();

        assertThat(first.length).isGreaterThan(2 * LeadJson.DEFAULT_MAX_DOCUMENT_BYTES);
        assertThat(big.bytes()).isNotSameAs(first).isEqualTo(first);
        HostilePayload small = payload("email-as-array");
        small.bytes()[0] = 'X';
        assertThat(small.bytes()[0]).isEqualTo((byte) '{');
    }

    @Test
    void numbersWhereStringsBelongAreReadAsTheirJsonText() {
        assertThat(read("phone-as-number").userDetails().phone()).isEqualTo("16175555555");
        assertThat(read("phone-as-exponent").userDetails().phone()).isEqualTo("1.6175555555E10");
        assertThat(read("offer-title-as-boolean").offerTitle()).isEqualTo("true");
        assertThat(read("camel-phone-as-number").userDetails().phone()).isEqualTo("16175555555");
    }

    @Test
    void legitimatePayloadsReadToWhatTheyHold() {
        assertThat(read("utf8-bom").offerTitle()).isEqualTo("Test Microsoft");
        assertThat(read("escaped-crlf-in-description").description()).isEqualTo("line one\r\nline two");
        assertThat(read("escaped-nul-in-name").userDetails().firstName()).isEqualTo("So\u0000me");
        assertThat(read("escaped-lone-high-surrogate").userDetails().firstName()).isEqualTo("\uD83D");
        assertThat(read("email-null").userDetails().email()).isNull();
        assertThat(read("user-details-null").hasUserDetails()).isFalse();
        assertThat(read("upper-case-keys").userDetails().email()).isEqualTo("someone@contoso.com");
        assertThat(read("escaped-key-name").offerTitle()).isEqualTo("Test Microsoft");
        assertThat(read("dotted-capital-i-key").userDetails().email()).isNull();
        assertThat(read("dotted-capital-i-key").userDetails().additionalProperties()).containsOnlyKeys("EMAİL");
        assertThat(read("email-at-root-and-in-details").additionalProperties()).containsEntry("Email",
                "a@contoso.com");
        assertThat(read("huge-exponent").additionalProperties()).containsEntry("score",
                new BigDecimal("1e999999999"));
        assertThat(read("keys-with-one-hash-code").additionalProperties()).hasSize(4096);
        Map<String, Object> numbers = read("numbers-in-additional-properties").additionalProperties();
        assertThat(numbers.get("precise")).isEqualTo(new BigDecimal("3.14159265358979323846264338327950288"));
    }
}

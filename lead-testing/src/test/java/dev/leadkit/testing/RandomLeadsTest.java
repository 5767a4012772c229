package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.model.ActionCode;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.UserDetails;
import dev.leadkit.schema.LeadSchema;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.schema.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RandomLeadsTest {
    /**
     * The digest of {@link RandomLeadsDigest} today. It pins the sequences across JDK versions and machines: if a
     * deliberate change to the generator moves it, update it here and say so in the commit.
     */
    private static final String GOLDEN_DIGEST = "2e3f1a3b8044f82b0468b4e1bb9f6e20e9f421a044819ad1a71a0a45cf9da07d";
    private static final int MANY = 2000;

    private static List<Lead> many(RandomLeads leads) {
        return leads.stream().limit(MANY).collect(Collectors.toList());
    }

    @Test
    void theSameSeedGivesEqualLeadsAndAnotherSeedOthers() {
        assertThat(TestLeads.random(42)).isEqualTo(TestLeads.random(42));
        assertThat(TestLeads.randomLeads(42).limit(50)).containsExactlyElementsOf(
                TestLeads.randomLeads(42).limit(50).collect(Collectors.toList()));
        assertThat(TestLeads.random(42)).isNotEqualTo(TestLeads.random(43));
        assertThat(TestLeads.randomLeads(42).findFirst()).contains(TestLeads.random(42));
        assertThat(RandomLeads.of(42).lead(7)).isEqualTo(TestLeads.randomLeads(42).skip(7).findFirst().orElseThrow());
        assertThat(TestLeads.randomLeads(42).limit(200).distinct().count()).isGreaterThan(190);
    }

    @Test
    void leadsDrawnInParallelEqualLeadsDrawnInOrder() {
        RandomLeads leads = RandomLeads.of(5);
        List<Lead> parallel = IntStream.range(0, 300).parallel().mapToObj(leads::lead).collect(Collectors.toList());

        assertThat(parallel).containsExactlyElementsOf(leads.stream().limit(300).collect(Collectors.toList()));
    }

    @Test
    void anotherJvmWithAnotherLocaleAndCharsetDrawsTheSameLeads() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Duser.language=tr", "-Duser.country=TR",
                "-Dfile.encoding=ISO-8859-1", "-cp", System.getProperty("java.class.path"),
                RandomLeadsDigest.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child JVM ended").isTrue();
        assertThat(child.exitValue()).as("child exit status, output: %s", output).isZero();
        assertThat(output).isEqualTo(RandomLeadsDigest.digest()).isEqualTo(GOLDEN_DIGEST);
    }

    @Test
    void validLeadsAreValidRoundTripAndMatchBothSchemas() {
        for (Lead lead : many(RandomLeads.of(1))) {
            assertThat(LeadValidator.defaults().validate(lead).violations()).as("%s", lead).isEmpty();
            byte[] json = LeadJson.defaults().writeBytes(lead);
            assertThat(LeadJson.defaults().read(json)).isEqualTo(lead);
            assertThat(LeadSchema.latest().validate(json).violations()).isEmpty();
            assertThat(LeadSchema.tolerant().validate(json).violations()).isEmpty();
        }
    }

    @Test
    void invalidLeadsBreakExactlyOneDefaultRuleAndStillRoundTrip() {
        Set<String> seen = new TreeSet<>();
        for (Lead lead : many(RandomLeads.builder().seed(1).invalid(true).build())) {
            List<Violation> violations = LeadValidator.defaults().validate(lead).violations();
            assertThat(violations).as("%s", lead).hasSize(1);
            Violation v = violations.get(0);
            if (v.code().equals("email")) {
                assertThat(v.pointer()).isEqualTo("/UserDetails/Email");
            } else {
                assertThat(v.code()).isEqualTo("size");
                assertThat(v.pointer()).isNotEqualTo("/UserDetails/Email");
            }
            seen.add(v.code() + " " + v.pointer());
            assertThat(LeadJson.defaults().read(LeadJson.defaults().writeBytes(lead))).isEqualTo(lead);
        }
        assertThat(seen).contains("email /UserDetails/Email", "size /Description", "size /OfferTitle",
                "size /UserDetails/FirstName", "size /UserDetails/Phone");
    }

    @Test
    void leadsVaryTheWayRealTrafficDoes() {
        List<Lead> leads = many(RandomLeads.of(2));
        List<UserDetails> details = leads.stream().map(Lead::userDetails).filter(d -> d != null)
                .collect(Collectors.toList());
        List<String> names = details.stream().flatMap(d -> Stream.of(d.firstName(), d.lastName()))
                .filter(n -> n != null).collect(Collectors.toList());

        assertThat(leads).anyMatch(l -> !l.hasUserDetails()).anyMatch(l -> l.actionCode() == null)
                .anyMatch(l -> "".equals(l.offerTitle())).anyMatch(l -> " ".equals(l.description()))
                .anyMatch(Lead::isTest).anyMatch(l -> l.action().orElse(null) == ActionCode.UNKNOWN)
                .anyMatch(l -> l.origin().map(o -> o.isComposite()).orElse(false))
                .anyMatch(l -> l.description() != null && l.description().length() > 1024)
                .allMatch(l -> l.description() == null || l.description().length() <= 32_000);
        assertThat(names).anyMatch(n -> n.codePoints().anyMatch(Character::isSupplementaryCodePoint))
                .anyMatch(n -> n.codePoints().anyMatch(c -> Character.getDirectionality(c)
                        == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC))
                .anyMatch(n -> n.codePoints().anyMatch(c -> Character.getDirectionality(c)
                        == Character.DIRECTIONALITY_RIGHT_TO_LEFT))
                .anyMatch(String::isEmpty);
        assertThat(details).anyMatch(d -> d.email() == null).anyMatch(d -> "".equals(d.email()))
                .anyMatch(d -> d.email() != null && d.email().endsWith(".edu") && d.firstName() == null)
                .anyMatch(d -> d.company() != null && d.company().length() > 256);
    }

    @Test
    void additionalPropertiesOfEveryJsonTypeAppearAtBothLevels() {
        List<Lead> leads = many(RandomLeads.of(3));
        Function<Object, String> type = v -> v == null ? "null" : v instanceof String ? "string"
                : v instanceof Long ? "integer" : v instanceof BigInteger ? "big integer"
                : v instanceof BigDecimal ? "decimal" : v instanceof Boolean ? "boolean"
                : v instanceof List ? "array" : v instanceof Map ? "object" : v.getClass().getName();
        Set<String> root = new TreeSet<>();
        Set<String> inDetails = new TreeSet<>();
        leads.forEach(l -> l.additionalProperties().values().forEach(v -> root.add(type.apply(v))));
        leads.stream().filter(Lead::hasUserDetails).forEach(l -> l.userDetails().additionalProperties()
                .values().forEach(v -> inDetails.add(type.apply(v))));

        List<String> all = List.of("array", "big integer", "boolean", "decimal", "integer", "null", "object",
                "string");
        assertThat(root).containsExactlyInAnyOrderElementsOf(all);
        assertThat(inDetails).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void settingsAreKeptAndChecked() {
        RandomLeads invalid = RandomLeads.builder().seed(9).invalid(true).build();

        assertThat(invalid.seed()).isEqualTo(9);
        assertThat(invalid.invalid()).isTrue();
        assertThat(invalid.toBuilder().build().lead(3)).isEqualTo(invalid.lead(3));
        assertThat(invalid.toBuilder().invalid(false).build().lead(0)).isNotEqualTo(invalid.lead(0));
        assertThat(RandomLeads.builder().build().seed()).isEqualTo(RandomLeads.DEFAULT_SEED);
        assertThat(invalid).hasToString("RandomLeads[seed=9, invalid=true]");
        assertThatThrownBy(() -> invalid.lead(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("index must be >= 0: -1");
        List<Lead> firstTwo = new ArrayList<>();
        invalid.stream().limit(2).forEach(firstTwo::add);
        assertThat(firstTwo).containsExactly(invalid.lead(0), invalid.lead(1));
    }
}

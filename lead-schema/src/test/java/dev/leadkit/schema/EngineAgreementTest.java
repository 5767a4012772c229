package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import dev.leadkit.model.UserDetails;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plain-code rules and Hibernate Validator reading the annotations on the records give the same report, to the
 * message, for every profile combination on a generated corpus of leads whose values sit on and around every limit.
 */
class EngineAgreementTest {
    private static final int LEADS = 1_500;
    private static final int[] LIMITS = {40, 50, 80, 100, 128, 254, 255, 300, 1024, 32_000};
    private static final List<String> EMAILS = List.of("someone@contoso.com", "MSFT_TEST_1@test.com", "", " ",
            "someone@", "@contoso.com", "a..b@c.com", "zoë@exämple.de", "a@b", "a@1.2.3.4", "x y@z.com");
    private static final List<String> PHONES = List.of("16175555555", "1234567890", "+1 (617) 555", "1234", "",
            "n/a", "١٢٣٤٥٦٧");

    @Test
    void plainAndBeanValidationAgreeOnEveryProfileCombination() {
        Random random = new Random(17);
        List<Set<LeadProfile>> combinations = combinations();
        Set<String> codesSeen = new HashSet<>();
        int invalid = 0;
        int checks = 0;
        for (int i = 0; i < LEADS; i++) {
            Lead lead = lead(random);
            for (Set<LeadProfile> profiles : combinations) {
                LeadValidator.Builder builder = LeadValidator.builder();
                profiles.forEach(builder::profile);
                ValidationReport plain = builder.build().validate(lead);
                ValidationReport bean = builder.useBeanValidation().build().validate(lead);
                assertThat(plain).as("lead %d with %s: %s", i, profiles, lead).isEqualTo(bean);
                plain.violations().forEach(v -> codesSeen.add(v.code()));
                invalid += plain.isValid() ? 0 : 1;
                checks++;
            }
        }
        assertThat(codesSeen).containsExactlyInAnyOrder("size", "email", "contactable");
        assertThat(invalid).as("invalid verdicts").isBetween(checks / 5, checks * 4 / 5);
    }

    private static List<Set<LeadProfile>> combinations() {
        List<Set<LeadProfile>> out = new ArrayList<>();
        LeadProfile[] all = LeadProfile.values();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            Set<LeadProfile> set = EnumSet.noneOf(LeadProfile.class);
            for (int b = 0; b < all.length; b++) {
                if ((mask & 1 << b) != 0) {
                    set.add(all[b]);
                }
            }
            out.add(set);
        }
        return out;
    }

    private static Lead lead(Random random) {
        Lead.Builder lead = Lead.builder().actionCode(text(random)).offerTitle(text(random))
                .leadSource(text(random)).description(text(random));
        if (random.nextInt(8) > 0) {
            UserDetails.Builder details = UserDetails.builder().firstName(text(random)).lastName(text(random))
                    .country(text(random)).company(text(random)).title(text(random));
            details.email(random.nextInt(6) == 0 ? text(random) : pickOrNull(random, EMAILS));
            details.phone(random.nextInt(6) == 0 ? text(random) : pickOrNull(random, PHONES));
            lead.userDetails(details.build());
        }
        return lead.build();
    }

    /** Mostly absent or short; sometimes one character either side of a limit. */
    private static String text(Random random) {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return null;
        }
        if (kind < 8) {
            return "Contoso ñ 中 😀".substring(0, random.nextInt(12));
        }
        int length = LIMITS[random.nextInt(LIMITS.length)] + random.nextInt(3) - 1;
        return "x".repeat(length);
    }

    private static String pickOrNull(Random random, List<String> values) {
        int i = random.nextInt(values.size() + 1);
        return i == values.size() ? null : values.get(i);
    }
}

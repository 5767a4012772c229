package dev.leadkit.smoke;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.schema.ValidationReport;
import java.util.List;
import java.util.Set;

/** What a modular service does with leadkit: read a body, check it with the plain rules and with Bean Validation. */
public final class LeadIntake {
    private static final LeadValidator PLAIN = LeadValidator.defaults();
    private static final LeadValidator BEAN_VALIDATION = LeadValidator.builder().useBeanValidation().build();

    private LeadIntake() {
    }

    /**
     * Reads a lead with {@link LeadJson#defaults()}.
     *
     * @param body the request body
     * @return the lead
     */
    public static Lead read(byte[] body) {
        return LeadJson.defaults().read(body);
    }

    /**
     * The violations of both engines as {@code pointer code}, which must agree.
     *
     * @param lead the lead
     * @return the violations under the plain rules, then under Bean Validation
     */
    public static List<Set<String>> codes(Lead lead) {
        return List.of(codes(PLAIN.validate(lead)), codes(BEAN_VALIDATION.validate(lead)));
    }

    private static Set<String> codes(ValidationReport report) {
        return report.violations().stream().map(v -> v.pointer() + " " + v.code())
                .collect(java.util.stream.Collectors.toSet());
    }
}

package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.UserDetails;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The README's code samples for lead-schema are the regions of this file (ReadmeSnippetsTest holds them equal). */
class ReadmeExamplesTest {
    private static final byte[] BODY = ("{\"userDetails\":{\"firstName\":\"Some\",\"email\":\"someone@contoso\","
            + "\"phone\":\"n/a\"},\"offerTitle\":\"Contoso Cloud\"}").getBytes(StandardCharsets.UTF_8);

    /** A group of your own. */
    interface NeedsCompany {
    }

    @Test
    void schemaCheck() {
        byte[] body = BODY;
        // region schema
        ValidationReport exact = LeadSchema.latest().validate(body);   // Microsoft's 2020 schema
        ValidationReport tolerant = LeadSchema.tolerant().validate(body);
        assertThat(exact.isValid()).isTrue();      // camelCase keys are unknown properties there
        assertThat(tolerant.isValid()).isTrue();

        ValidationReport report = LeadSchema.tolerant().validate("{\"userDetails\":{\"email\":5}}");
        assertThat(report.violations()).containsExactly(
                new Violation("/userDetails/email", "type", "expected a string or null but found a number"));
        // endregion
    }

    @Test
    void validator() {
        byte[] body = BODY;
        // region validator
        Lead lead = LeadJson.defaults().read(body);
        LeadValidator validator = LeadValidator.builder()
                .profile(LeadProfile.CONTACTABLE)
                .profile(LeadProfile.SALESFORCE)
                .build();                          // immutable, thread-safe: build once, share
        ValidationReport report = validator.validate(lead);
        assertThat(report.violations()).containsExactly(
                new Violation("/UserDetails", "contactable", "must hold a usable e-mail address or phone number"),
                new Violation("/UserDetails/Email", "email", "must be a syntactically valid e-mail address"));
        // endregion
    }

    @Test
    void ownConstraints() {
        Lead lead = LeadJson.defaults().read(BODY);
        // region own
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        ConstraintMapping mapping = config.createConstraintMapping();
        mapping.type(UserDetails.class).field("company").constraint(new NotBlankDef().groups(NeedsCompany.class));
        Validator mine = config.addMapping(mapping).buildValidatorFactory().getValidator();

        LeadValidator validator = LeadValidator.builder()
                .validator(mine)                   // every rule now runs through this validator
                .groups(NeedsCompany.class)        // ... with your groups besides the default one
                .build();
        assertThat(validator.validate(lead).violations()).containsExactly(
                new Violation("/UserDetails/Email", "email", "must be a syntactically valid e-mail address"),
                new Violation("/UserDetails/Company", "required", "must not be blank"));
        // endregion
    }
}

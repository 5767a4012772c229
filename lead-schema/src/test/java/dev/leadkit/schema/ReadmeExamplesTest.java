package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.UserDetails;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The README's code samples are the marked regions of this file; a test checks the README still shows them. */
class ReadmeExamplesTest {
    private static final byte[] BODY = ("{\"userDetails\":{\"firstName\":\"Some\",\"email\":\"someone@contoso\","
            + "\"phone\":\"n/a\"},\"offerTitle\":\"Contoso Cloud\"}").getBytes(StandardCharsets.UTF_8);

    /** A group of your own. */
    interface NeedsCompany {
    }

    @Test
    void schemaCheck() {
        byte[] body = BODY;
        // readme:begin schema
        ValidationReport exact = LeadSchema.latest().validate(body);   // Microsoft's 2020 schema
        ValidationReport tolerant = LeadSchema.tolerant().validate(body);
        assertThat(exact.isValid()).isTrue();      // camelCase keys are unknown properties there
        assertThat(tolerant.isValid()).isTrue();

        ValidationReport report = LeadSchema.tolerant().validate("{\"userDetails\":{\"email\":5}}");
        assertThat(report.violations()).containsExactly(
                new Violation("/userDetails/email", "type", "expected a string or null but found a number"));
        // readme:end
    }

    @Test
    void validator() {
        byte[] body = BODY;
        // readme:begin validator
        Lead lead = LeadJson.defaults().read(body);
        LeadValidator validator = LeadValidator.builder()
                .profile(LeadProfile.CONTACTABLE)
                .profile(LeadProfile.SALESFORCE)
                .build();                          // immutable, thread-safe: build once, share
        ValidationReport report = validator.validate(lead);
        assertThat(report.violations()).containsExactly(
                new Violation("/UserDetails", "contactable", "must hold a usable e-mail address or phone number"),
                new Violation("/UserDetails/Email", "email", "must be a syntactically valid e-mail address"));
        // readme:end
    }

    @Test
    void ownConstraints() {
        Lead lead = LeadJson.defaults().read(BODY);
        // readme:begin own
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
        // readme:end
    }

    @Test
    void readmeShowsTheseExamples() throws IOException {
        String readme = Files.readString(readme(), StandardCharsets.UTF_8);
        List<String> regions = regions(Files.readString(Path.of("src/test/java/dev/leadkit/schema/"
                + "ReadmeExamplesTest.java"), StandardCharsets.UTF_8));
        assertThat(regions).hasSize(3);
        for (String region : regions) {
            assertThat(readme).as("README shows this code").contains(region);
        }
    }

    private static List<String> regions(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("// readme:begin \\w+\\n(.*?)\\n\\s*// readme:end", Pattern.DOTALL)
                .matcher(source);
        while (m.find()) {
            StringBuilder region = new StringBuilder();
            for (String line : m.group(1).split("\n")) {
                region.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
            }
            out.add(region.toString());
        }
        return out;
    }

    private static Path readme() {
        Path path = Path.of("../README.md");
        assertThat(path).as("the repository README, from the module directory").exists();
        return path;
    }
}

package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadChecks;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.UserDetails;
import dev.leadkit.seeds.Seeds;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A report for every rule, each checked through both engines: plain code and Bean Validation. */
class LeadValidatorTest {
    private static final Lead SAMPLE = LeadJson.defaults().read(Seeds.sample(Seeds.REVISION_2020));
    private static final String D365 = "must be at most %d characters long to fit Dynamics 365";
    private static final String SALESFORCE = "must be at most %d characters long to fit Salesforce";
    private static final String DEFAULT = "must be at most %d characters long";

    /** A group of the user's own, checked by a constraint mapping on their validator. */
    interface NeedsCompany {
    }

    /** A user's group composed of leadkit's: validating it validates those. */
    interface RoutedToSalesforce extends LeadChecks.Salesforce, LeadChecks.Contactable {
    }

    @Test
    void documentedSampleIsValidUnderEveryProfile() {
        for (LeadValidator validator : both(LeadValidator.builder().profile(LeadProfile.CONTACTABLE)
                .profile(LeadProfile.DYNAMICS_365).profile(LeadProfile.SALESFORCE))) {
            assertThat(validator.validate(SAMPLE).isValid()).as(validator.toString()).isTrue();
        }
        assertThat(LeadValidator.defaults().validate(SAMPLE)).isEqualTo(ValidationReport.of(List.of()));
    }

    @Test
    void defaultRuleEmailSyntaxWhenPresent() {
        Lead bad = SAMPLE.toBuilder().userDetails(d -> d.email("someone@contoso")).build();
        for (LeadValidator validator : both(LeadValidator.builder())) {
            assertThat(validator.validate(bad).violations()).containsExactly(new Violation("/UserDetails/Email",
                    "email", "must be a syntactically valid e-mail address"));
            assertThat(validator.validate(SAMPLE.toBuilder().userDetails(d -> d.email("  ")).build()).isValid())
                    .as("blank is absent").isTrue();
        }
    }

    static Stream<Arguments> defaultSizes() {
        return Stream.of(
                Arguments.of("/ActionCode", 1024, (BiConsumer<Lead.Builder, String>) Lead.Builder::actionCode),
                Arguments.of("/OfferTitle", 1024, (BiConsumer<Lead.Builder, String>) Lead.Builder::offerTitle),
                Arguments.of("/LeadSource", 1024, (BiConsumer<Lead.Builder, String>) Lead.Builder::leadSource),
                Arguments.of("/Description", 32_000, (BiConsumer<Lead.Builder, String>) Lead.Builder::description),
                Arguments.of("/UserDetails/FirstName", 1024, details(UserDetails.Builder::firstName)),
                Arguments.of("/UserDetails/LastName", 1024, details(UserDetails.Builder::lastName)),
                Arguments.of("/UserDetails/Phone", 1024, details(UserDetails.Builder::phone)),
                Arguments.of("/UserDetails/Country", 1024, details(UserDetails.Builder::country)),
                Arguments.of("/UserDetails/Company", 1024, details(UserDetails.Builder::company)),
                Arguments.of("/UserDetails/Title", 1024, details(UserDetails.Builder::title)));
    }

    @ParameterizedTest(name = "{0} <= {1}")
    @MethodSource("defaultSizes")
    void defaultRuleSizes(String pointer, int max, BiConsumer<Lead.Builder, String> field) {
        assertSizeRule(LeadValidator.builder(), pointer, max, field, DEFAULT);
    }

    @Test
    void defaultRuleEmailLengthIsTheSmtpLimit() {
        String label = "d".repeat(63);
        String email254 = "l".repeat(63) + "@" + label + "." + label + "." + "d".repeat(62);
        assertThat(email254).hasSize(254);
        assertSizeRule(LeadValidator.builder(), "/UserDetails/Email", 254,
                (b, value) -> b.userDetails(d -> d.email(value)), DEFAULT, email254, "l" + email254);
    }

    static Stream<Arguments> crmSizes() {
        return Stream.of(
                Arguments.of(LeadProfile.DYNAMICS_365, "/OfferTitle", 300,
                        (BiConsumer<Lead.Builder, String>) Lead.Builder::offerTitle),
                Arguments.of(LeadProfile.DYNAMICS_365, "/UserDetails/FirstName", 50,
                        details(UserDetails.Builder::firstName)),
                Arguments.of(LeadProfile.DYNAMICS_365, "/UserDetails/LastName", 50,
                        details(UserDetails.Builder::lastName)),
                Arguments.of(LeadProfile.DYNAMICS_365, "/UserDetails/Phone", 50, details(UserDetails.Builder::phone)),
                Arguments.of(LeadProfile.DYNAMICS_365, "/UserDetails/Country", 80,
                        details(UserDetails.Builder::country)),
                Arguments.of(LeadProfile.DYNAMICS_365, "/UserDetails/Company", 100,
                        details(UserDetails.Builder::company)),
                Arguments.of(LeadProfile.DYNAMICS_365, "/UserDetails/Title", 100, details(UserDetails.Builder::title)),
                Arguments.of(LeadProfile.SALESFORCE, "/UserDetails/FirstName", 40,
                        details(UserDetails.Builder::firstName)),
                Arguments.of(LeadProfile.SALESFORCE, "/UserDetails/LastName", 80,
                        details(UserDetails.Builder::lastName)),
                Arguments.of(LeadProfile.SALESFORCE, "/UserDetails/Phone", 40, details(UserDetails.Builder::phone)),
                Arguments.of(LeadProfile.SALESFORCE, "/UserDetails/Country", 80,
                        details(UserDetails.Builder::country)),
                Arguments.of(LeadProfile.SALESFORCE, "/UserDetails/Company", 255,
                        details(UserDetails.Builder::company)),
                Arguments.of(LeadProfile.SALESFORCE, "/UserDetails/Title", 128, details(UserDetails.Builder::title)));
    }

    @ParameterizedTest(name = "{0} {1} <= {2}")
    @MethodSource("crmSizes")
    void crmProfileSizes(LeadProfile profile, String pointer, int max, BiConsumer<Lead.Builder, String> field) {
        String template = profile == LeadProfile.SALESFORCE ? SALESFORCE : D365;
        assertSizeRule(LeadValidator.builder().profile(profile), pointer, max, field, template);
        Lead tooLong = set(field, "x".repeat(max + 1));
        assertThat(LeadValidator.defaults().validate(tooLong).isValid()).as("not without the profile").isTrue();
    }

    @Test
    void crmProfileEmailLengths() {
        String email101 = "l".repeat(50) + "@" + "d".repeat(46) + ".com";
        assertThat(email101).hasSize(101);
        assertSizeRule(LeadValidator.builder().profile(LeadProfile.DYNAMICS_365), "/UserDetails/Email", 100,
                (b, value) -> b.userDetails(d -> d.email(value)), D365, email101.substring(1), email101);
        assertSizeRule(LeadValidator.builder().profile(LeadProfile.SALESFORCE), "/UserDetails/Email", 80,
                (b, value) -> b.userDetails(d -> d.email(value)), SALESFORCE, email101.substring(21),
                email101.substring(20));
    }

    @Test
    void contactableNeedsAUsableEmailOrPhone() {
        Violation missing = new Violation("/UserDetails", "contactable",
                "must hold a usable e-mail address or phone number");
        for (LeadValidator validator : both(LeadValidator.builder().profile(LeadProfile.CONTACTABLE))) {
            assertThat(validator.validate(Lead.builder().offerTitle("x").build()).violations())
                    .containsExactly(missing);
            assertThat(validator.validate(lead(d -> d.firstName("Some").email(" ").phone("n/a"))).violations())
                    .containsExactly(missing);
            assertThat(validator.validate(lead(d -> d.email("someone@").phone("1234"))).violations()).containsExactly(
                    missing, new Violation("/UserDetails/Email", "email",
                            "must be a syntactically valid e-mail address"));
            assertThat(validator.validate(lead(d -> d.phone("+1 617 555"))).isValid()).isTrue();
            assertThat(validator.validate(lead(d -> d.email("someone@contoso.com"))).isValid()).isTrue();
        }
        assertThat(LeadValidator.defaults().validate(Lead.builder().build()).isValid()).isTrue();
    }

    @Test
    void violationsComeInDocumentOrder() {
        Lead lead = SAMPLE.toBuilder().offerTitle("o".repeat(301)).actionCode("a".repeat(1025))
                .userDetails(d -> d.title("t".repeat(200)).firstName("f".repeat(60)).email("bad")).build();
        for (LeadValidator validator : both(LeadValidator.builder().profile(LeadProfile.DYNAMICS_365)
                .profile(LeadProfile.SALESFORCE))) {
            assertThat(validator.validate(lead).violations()).extracting(Violation::pointer).containsExactly(
                    "/ActionCode", "/OfferTitle", "/UserDetails/FirstName", "/UserDetails/FirstName",
                    "/UserDetails/Email", "/UserDetails/Title", "/UserDetails/Title");
        }
    }

    @Test
    void ownValidatorChecksOwnConstraintsInOwnGroups() {
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        ConstraintMapping mapping = config.createConstraintMapping();
        mapping.type(UserDetails.class).field("company").constraint(new NotBlankDef().groups(NeedsCompany.class))
                .field("country").constraint(new PatternDef().regexp("[A-Z]{2,3}").groups(NeedsCompany.class));
        mapping.type(Lead.class).field("additionalProperties").containerElementType(1)
                .constraint(new NotNullDef().groups(NeedsCompany.class));
        Validator own = config.addMapping(mapping).buildValidatorFactory().getValidator();

        LeadValidator validator = LeadValidator.builder().validator(own).groups(NeedsCompany.class).build();
        Lead lead = SAMPLE.toBuilder().userDetails(d -> d.company(" ").country("Portugal"))
                .additionalProperty("utm/source", null).build();
        assertThat(validator.validate(lead).violations()).containsExactly(
                new Violation("/UserDetails/Country", "pattern", "must match \"[A-Z]{2,3}\""),
                new Violation("/UserDetails/Company", "required", "must not be blank"),
                new Violation("/utm~1source", "required", "must not be null"));
        assertThat(LeadValidator.builder().validator(own).build().validate(lead).isValid())
                .as("own group not asked for").isTrue();
    }

    @Test
    void ownGroupCanComposeLeadkitGroups() {
        LeadValidator validator = LeadValidator.builder().groups(RoutedToSalesforce.class).build();
        Lead lead = SAMPLE.toBuilder().userDetails(d -> d.email(null).phone(null).firstName("f".repeat(41))).build();
        assertThat(validator.validate(lead).violations()).containsExactly(
                new Violation("/UserDetails", "contactable", "must hold a usable e-mail address or phone number"),
                new Violation("/UserDetails/FirstName", "size", String.format(SALESFORCE, 40)));
    }

    @Test
    void builderRefusesBadArgumentsByName() {
        assertThatNullPointerException().isThrownBy(() -> LeadValidator.builder().profile(null))
                .withMessage("profile");
        assertThatNullPointerException().isThrownBy(() -> LeadValidator.builder().validator(null))
                .withMessage("validator");
        assertThatNullPointerException().isThrownBy(() -> LeadValidator.builder().groups((Class<?>) null))
                .withMessage("group");
        assertThatIllegalArgumentException().isThrownBy(() -> LeadValidator.builder().groups(String.class))
                .withMessage("groups must be interfaces: java.lang.String");
        assertThatNullPointerException().isThrownBy(() -> LeadValidator.defaults().validate(null))
                .withMessage("lead");
    }

    @Test
    void builtValidatorIsFrozenAndToBuilderKeepsSettings() {
        LeadValidator.Builder builder = LeadValidator.builder().profile(LeadProfile.SALESFORCE);
        LeadValidator built = builder.build();
        builder.profile(LeadProfile.CONTACTABLE).useBeanValidation();
        assertThat(built).hasToString("LeadValidator[profiles=[SALESFORCE], engine=plain]");
        LeadValidator copy = built.toBuilder().groups(NeedsCompany.class).build();
        assertThat(copy).hasToString("LeadValidator[profiles=[SALESFORCE], engine=bean-validation, groups=["
                + NeedsCompany.class.getName() + "]]");
        assertThat(LeadValidator.defaults()).hasToString("LeadValidator[profiles=[], engine=plain]");
    }

    private static void assertSizeRule(LeadValidator.Builder builder, String pointer, int max,
            BiConsumer<Lead.Builder, String> field, String template) {
        assertSizeRule(builder, pointer, max, field, template, "x".repeat(max), "x".repeat(max + 1));
    }

    private static void assertSizeRule(LeadValidator.Builder builder, String pointer, int max,
            BiConsumer<Lead.Builder, String> field, String template, String fits, String tooLong) {
        assertThat(fits).hasSize(max);
        for (LeadValidator validator : both(builder)) {
            assertThat(validator.validate(set(field, fits)).isValid()).as(validator + " " + pointer).isTrue();
            assertThat(validator.validate(set(field, tooLong)).violations()).as(validator.toString())
                    .containsExactly(new Violation(pointer, "size", String.format(template, max)));
        }
    }

    private static Lead set(BiConsumer<Lead.Builder, String> field, String value) {
        Lead.Builder b = Lead.builder().userDetails(d -> d.email("someone@contoso.com"));
        field.accept(b, value);
        return b.build();
    }

    private static Lead lead(java.util.function.Consumer<UserDetails.Builder> details) {
        return Lead.builder().userDetails(details).build();
    }

    private static BiConsumer<Lead.Builder, String> details(BiConsumer<UserDetails.Builder, String> field) {
        return (b, value) -> b.userDetails(d -> field.accept(d, value));
    }

    /** The same settings as plain code and through leadkit's Hibernate Validator. */
    private static List<LeadValidator> both(LeadValidator.Builder builder) {
        return List.of(builder.build(), builder.build().toBuilder().useBeanValidation().build());
    }
}

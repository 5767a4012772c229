package dev.leadkit.schema;

import dev.leadkit.model.Lead;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks whether a typed {@link Lead} is good enough to act on.
 *
 * <p>The default rules always apply: the e-mail address, when present and not blank, must be syntactically valid
 * ({@code email}), and no field may exceed a size no CRM could store ({@code size}: 1,024 characters; 254 for the
 * e-mail; 32,000 for the description). {@link LeadProfile}s chosen on the builder add rules: {@code contactable}
 * (a usable e-mail or phone) and the Dynamics 365 and Salesforce field limits ({@code size}).
 *
 * <p>By default the rules run as plain code and no Bean Validation provider starts, which keeps the first verdict
 * fast in a cold process. Ask for Bean Validation, with {@link Builder#groups}, {@link Builder#validator} or {@link
 * Builder#useBeanValidation}, and every rule runs through a {@link Validator} instead, with the profiles as groups
 * of {@code dev.leadkit.model.LeadChecks} plus your own groups; leadkit's Hibernate Validator starts once, on first
 * use, unless you pass your own validator. Both ways give the same report for the same rules, in document order.
 * A typed lead does not remember how its keys were spelled, so the pointers are into the form {@code LeadJson}
 * writes by default, the documented one ({@code /UserDetails/Email}); lead-receiver's {@code LeadReceiver}
 * re-spells them as the body was sent, as {@link Violation#pointer()} promises.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LeadValidator {
    private static final LeadValidator DEFAULTS = builder().build();

    private final Set<LeadProfile> profiles;
    private final List<Class<?>> groups;
    private final Validator validator;
    private final boolean beanValidation;
    private final Class<?>[] allGroups;

    private LeadValidator(Builder b) {
        profiles = Collections.unmodifiableSet(EnumSet.copyOf(b.profiles));
        groups = List.copyOf(b.groups);
        validator = b.validator;
        beanValidation = b.beanValidation;
        Set<Class<?>> all = new LinkedHashSet<>();
        all.add(Default.class);
        profiles.forEach(p -> all.add(p.group()));
        all.addAll(groups);
        allGroups = all.toArray(new Class<?>[0]);
    }

    /**
     * The validator with the default rules only, as plain code.
     *
     * @return the shared default instance
     */
    public static LeadValidator defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder: no profile, no Bean Validation.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this validator's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.profiles.addAll(profiles);
        b.groups.addAll(groups);
        b.validator = validator;
        b.beanValidation = beanValidation;
        return b;
    }

    /**
     * Checks a lead. Does not block; the first call in Bean Validation mode starts leadkit's Hibernate Validator
     * (about half a second) unless the builder was given a validator.
     *
     * @param lead the lead
     * @return the report, violations in document order
     * @throws NullPointerException if {@code lead} is null
     * @throws jakarta.validation.ValidationException if the Bean Validation provider fails
     */
    public ValidationReport validate(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        List<Violation> found = beanValidation
                ? BeanValidation.check(validator != null ? validator : BeanValidation.shared(), lead, allGroups)
                : PlainRules.check(lead, profiles);
        found.sort(ViolationOrder.COMPARATOR);
        return ValidationReport.of(found);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("LeadValidator[profiles=").append(profiles)
                .append(", engine=").append(beanValidation ? "bean-validation" : "plain");
        if (!groups.isEmpty()) {
            List<String> names = new ArrayList<>();
            groups.forEach(g -> names.add(g.getName()));
            out.append(", groups=").append(names);
        }
        if (validator != null) {
            out.append(", validator=").append(validator.getClass().getName());
        }
        return out.append(']').toString();
    }

    /**
     * Configures a {@link LeadValidator}. Defaults: no profile (the default rules only), plain code, no extra groups,
     * leadkit's own validator when Bean Validation is on. Not thread-safe; {@link #build()} freezes the settings.
     */
    public static final class Builder {
        private final Set<LeadProfile> profiles = EnumSet.noneOf(LeadProfile.class);
        private final Set<Class<?>> groups = new LinkedHashSet<>();
        private Validator validator;
        private boolean beanValidation;

        private Builder() {
        }

        /**
         * Adds a profile; adding one twice changes nothing.
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(LeadProfile profile) {
            profiles.add(Objects.requireNonNull(profile, "profile"));
            return this;
        }

        /**
         * Adds Bean Validation groups to check besides the default group and the profiles' groups, and turns Bean
         * Validation on. Constraints of your own reach {@link Lead} through a validator configured for them
         * ({@link #validator}) or through {@code META-INF/validation.xml}; a group may also extend the groups in
         * {@code dev.leadkit.model.LeadChecks}.
         *
         * @param groups group interfaces
         * @return this builder
         * @throws IllegalArgumentException if a group is not an interface
         */
        public Builder groups(Class<?>... groups) {
            for (Class<?> group : groups) {
                Objects.requireNonNull(group, "group");
                if (!group.isInterface()) {
                    throw new IllegalArgumentException("groups must be interfaces: " + group.getName());
                }
            }
            this.groups.addAll(List.of(groups));
            beanValidation = true;
            return this;
        }

        /**
         * Checks through this validator, with its configuration and constraint mappings, instead of leadkit's own;
         * turns Bean Validation on. The validator must honour the annotations on the lead records.
         *
         * @param validator a thread-safe validator
         * @return this builder
         */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            beanValidation = true;
            return this;
        }

        /**
         * Checks through Bean Validation even without groups or a validator of your own: leadkit's Hibernate
         * Validator, which also applies constraint mappings from {@code META-INF/validation.xml}.
         *
         * @return this builder
         */
        public Builder useBeanValidation() {
            beanValidation = true;
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the immutable validator
         */
        public LeadValidator build() {
            return new LeadValidator(this);
        }
    }
}

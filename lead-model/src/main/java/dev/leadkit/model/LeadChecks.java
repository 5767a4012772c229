package dev.leadkit.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.leadkit.model.internal.LeadRules;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The Bean Validation groups and constraints that {@link Lead} and {@link UserDetails} carry.
 *
 * <p>Without a group, the constraints in {@link jakarta.validation.groups.Default} apply: e-mail syntax when an
 * e-mail is present, and sizes that flag values no CRM could store (1,024 characters; 32,000 for the description;
 * 254 for the e-mail). The groups below add the profile rules; validate with them, or pick them as profiles on
 * {@code dev.leadkit.schema.LeadValidator}, which checks the same rules without starting a Bean Validation
 * provider. CRM limits count UTF-16 characters, as {@code @Size} does.
 *
 * <p>The validators of {@link EmailAddress} and {@link Reachable} are public nested classes of this exported class,
 * {@link EmailAddressValidator} and {@link ReachableValidator}, so any Bean Validation provider can instantiate them
 * on the class path or the module path; a framework that needs them registered ahead of time (Micronaut's
 * {@code @Introspected(classes = ...)}) names them there.
 */
public final class LeadChecks {
    private LeadChecks() {
    }

    /** Group: the lead can be acted on, because its details hold a usable e-mail address or phone number. */
    public interface Contactable {
    }

    /**
     * Group: every mapped field fits the Dynamics 365 lead table: first and last name 50, e-mail 100, phone 50,
     * country 80, company 100, job title 100, offer title (the lead's Topic) 300.
     */
    public interface Dynamics365 {
    }

    /**
     * Group: every mapped field fits the Salesforce Lead object: first name 40, last name 80, e-mail 80, phone 40,
     * country 80, company 255, title 128.
     */
    public interface Salesforce {
    }

    /**
     * The string is blank (absent) or a syntactically valid e-mail address: a dot-atom local part of at most 64
     * characters, {@code @}, and a domain of at least two labels. Non-ASCII letters are allowed (RFC 6531); quoted
     * local parts, address literals and surrounding whitespace are not. Applies to {@code CharSequence}.
     */
    @Documented
    @Constraint(validatedBy = EmailAddressValidator.class)
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    public @interface EmailAddress {
        /**
         * The message.
         *
         * @return the message template
         */
        String message() default LeadRules.EMAIL_MESSAGE;

        /**
         * The groups.
         *
         * @return the groups this constraint belongs to
         */
        Class<?>[] groups() default {};

        /**
         * The payload.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /**
     * The {@link UserDetails} are present and hold a usable e-mail address (not blank, valid syntax) or a usable
     * phone number (at least five digits). A null value fails.
     */
    @Documented
    @Constraint(validatedBy = ReachableValidator.class)
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    public @interface Reachable {
        /**
         * The message.
         *
         * @return the message template
         */
        String message() default LeadRules.REACHABLE_MESSAGE;

        /**
         * The groups.
         *
         * @return the groups this constraint belongs to
         */
        Class<?>[] groups() default {};

        /**
         * The payload.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /**
     * Checks {@link EmailAddress}: null passes, anything else must be a syntactically valid address. Stateless and
     * thread-safe; Bean Validation providers create it.
     */
    public static final class EmailAddressValidator implements ConstraintValidator<EmailAddress, CharSequence> {
        /** Creates the validator; Bean Validation providers call this. */
        public EmailAddressValidator() {
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || LeadRules.isEmailSyntax(value.toString());
        }
    }

    /**
     * Checks {@link Reachable}: the details hold a usable e-mail address or phone number; null fails. Stateless and
     * thread-safe; Bean Validation providers create it.
     */
    public static final class ReachableValidator implements ConstraintValidator<Reachable, UserDetails> {
        /** Creates the validator; Bean Validation providers call this. */
        public ReachableValidator() {
        }

        @Override
        public boolean isValid(UserDetails value, ConstraintValidatorContext context) {
            return LeadRules.isReachable(value);
        }
    }
}

package dev.leadkit.model.internal;

import dev.leadkit.model.LeadChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link LeadChecks.EmailAddress} with {@link LeadRules#isEmailSyntax(String)}. Stateless, thread-safe. */
public final class EmailAddressValidator implements ConstraintValidator<LeadChecks.EmailAddress, CharSequence> {
    /** Creates the validator; Bean Validation providers call this. */
    public EmailAddressValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || LeadRules.isEmailSyntax(value.toString());
    }
}

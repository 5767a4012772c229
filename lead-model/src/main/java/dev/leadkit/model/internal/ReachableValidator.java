package dev.leadkit.model.internal;

import dev.leadkit.model.LeadChecks;
import dev.leadkit.model.UserDetails;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link LeadChecks.Reachable} with {@link LeadRules#isReachable(UserDetails)}. Stateless, thread-safe. */
public final class ReachableValidator implements ConstraintValidator<LeadChecks.Reachable, UserDetails> {
    /** Creates the validator; Bean Validation providers call this. */
    public ReachableValidator() {
    }

    @Override
    public boolean isValid(UserDetails value, ConstraintValidatorContext context) {
        return LeadRules.isReachable(value);
    }
}

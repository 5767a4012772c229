package dev.leadkit.schema;

import dev.leadkit.model.LeadChecks;

/**
 * A set of rules a {@link LeadValidator} checks on top of the default ones (e-mail syntax when present, sizes no
 * CRM could store). Each profile is the Bean Validation group of the same rules in {@link LeadChecks}.
 */
public enum LeadProfile {
    /** The lead holds a usable e-mail address or phone number; see {@link LeadChecks.Contactable}. */
    CONTACTABLE(LeadChecks.Contactable.class),
    /** Every mapped field fits the Dynamics 365 lead table; see {@link LeadChecks.Dynamics365}. */
    DYNAMICS_365(LeadChecks.Dynamics365.class),
    /** Every mapped field fits the Salesforce Lead object; see {@link LeadChecks.Salesforce}. */
    SALESFORCE(LeadChecks.Salesforce.class);

    private final Class<?> group;

    LeadProfile(Class<?> group) {
        this.group = group;
    }

    /**
     * The Bean Validation group holding this profile's constraints.
     *
     * @return the group interface
     */
    public Class<?> group() {
        return group;
    }
}

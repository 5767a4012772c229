package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.LeadChecks;
import org.junit.jupiter.api.Test;

class LeadProfileTest {
    /** A profile is the bridge to the Bean Validation group holding the same rules. */
    @Test
    void eachProfileIsItsLeadChecksGroup() {
        assertThat(LeadProfile.CONTACTABLE.group()).isEqualTo(LeadChecks.Contactable.class);
        assertThat(LeadProfile.DYNAMICS_365.group()).isEqualTo(LeadChecks.Dynamics365.class);
        assertThat(LeadProfile.SALESFORCE.group()).isEqualTo(LeadChecks.Salesforce.class);
        for (LeadProfile profile : LeadProfile.values()) {
            assertThat(profile.group()).as(profile.name()).isInterface();
        }
    }
}

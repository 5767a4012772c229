package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadValidator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Laws that hold for every seed and index. */
class RandomLeadsProperties {
    @Property(tries = 500)
    void validByConstructionAndReadBackUnchanged(@ForAll long seed, @ForAll @LongRange(min = 0, max = 1 << 20) long index) {
        Lead lead = RandomLeads.of(seed).lead(index);

        assertThat(LeadValidator.defaults().validate(lead).violations()).isEmpty();
        assertThat(LeadJson.defaults().read(LeadJson.defaults().writeBytes(lead))).isEqualTo(lead);
        assertThat(RandomLeads.of(seed).lead(index)).isEqualTo(lead);
    }

    @Property(tries = 500)
    void invalidLeadsBreakExactlyOneRule(@ForAll long seed, @ForAll @LongRange(min = 0, max = 1 << 20) long index) {
        Lead lead = RandomLeads.builder().seed(seed).invalid(true).build().lead(index);

        assertThat(LeadValidator.defaults().validate(lead).violations()).hasSize(1)
                .allMatch(v -> v.code().equals("email") || v.code().equals("size"));
    }
}

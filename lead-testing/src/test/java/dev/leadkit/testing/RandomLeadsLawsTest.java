package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadValidator;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws that hold for every seed and index, over 500 seeded (seed, index) pairs each. */
class RandomLeadsLawsTest {
    static Stream<Arguments> seedsAndIndexes() {
        SplittableRandom random = new SplittableRandom(0x1EAD5EEDL);
        return LongStream.range(0, 500).mapToObj(i -> Arguments.of(random.nextLong(), random.nextLong(1 << 20)));
    }

    @ParameterizedTest(name = "seed {0}, index {1}")
    @MethodSource("seedsAndIndexes")
    void validByConstructionAndReadBackUnchanged(long seed, long index) {
        Lead lead = RandomLeads.of(seed).lead(index);

        assertThat(LeadValidator.defaults().validate(lead).violations()).isEmpty();
        assertThat(LeadJson.defaults().read(LeadJson.defaults().writeBytes(lead))).isEqualTo(lead);
        assertThat(RandomLeads.of(seed).lead(index)).isEqualTo(lead);
    }

    @ParameterizedTest(name = "seed {0}, index {1}")
    @MethodSource("seedsAndIndexes")
    void invalidLeadsBreakExactlyOneRule(long seed, long index) {
        Lead lead = RandomLeads.builder().seed(seed).invalid(true).build().lead(index);

        assertThat(LeadValidator.defaults().validate(lead).violations()).hasSize(1)
                .allMatch(v -> v.code().equals("email") || v.code().equals("size"));
    }
}

package dev.leadkit.model;

import dev.leadkit.gen.Gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.model.LeadParseException.Problem;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10.1: every number the grammar allows is read exactly or refused with {@code LIMIT_EXCEEDED} at its pointer;
 * no {@code NumberFormatException} escapes, wherever the number sits.
 */
class HostileNumbersTest {
    private static final LeadJson JSON = LeadJson.defaults();

    static Stream<Long> seeds() {
        return Gen.seeds(500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aNumberWhoseScaleDoesNotFitIsRefusedAtItsPointer(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String number = Gen.hugeExponent(random);
        String[] placed = Gen.placed(random, number);

        LeadParseException e = catchThrowableOfType(LeadParseException.class, () -> JSON.read(placed[0]));

        assertThat(e).as(placed[0]).isNotNull();
        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.pointer()).isEqualTo(placed[1]);
        assertThat(e.getMessage()).doesNotContain(number.substring(number.length() - 6));
    }

    /** Extreme but in range: read exactly, written back, equal after the round trip. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aNumberInRangeIsReadExactlyAndRoundTrips(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] mantissas = {"1", "0.1", "-12.5", "4", "123456789.000", "0"};
        long exponent = random.nextLong(-999_999_000L, 999_999_000L);
        String number = mantissas[random.nextInt(mantissas.length)] + (random.nextBoolean() ? "e" : "E") + exponent;
        String[] placed = Gen.placed(random, number);

        Lead lead = JSON.read(placed[0]);

        assertThat(JSON.read(JSON.write(lead))).isEqualTo(lead);
        assertThat(JSON.read(JSON.write(lead)).toBuilder().build()).isEqualTo(lead);
        Object value = lead.additionalProperties().get("X");
        if (value != null) {
            assertThat(new BigDecimal(value.toString())).isEqualByComparingTo(new BigDecimal(number));
        }
    }
}

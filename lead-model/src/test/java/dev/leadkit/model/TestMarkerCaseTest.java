package dev.leadkit.model;

import dev.leadkit.gen.Gen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 10.8: {@link Lead#isTest()} ignores ASCII case only, as its Javadoc says. */
class TestMarkerCaseTest {
    /** Characters whose Unicode upper case is an ASCII letter of the marker: long s, and the Kelvin-free others. */
    private static final char LONG_S = '\u017F';

    static Stream<Long> seeds() {
        return Gen.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyAsciiCasingIsATestLeadButAUnicodeLookalikeIsNot(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder ascii = new StringBuilder();
        for (char c : Lead.TEST_MARKER.toCharArray()) {
            ascii.append(r.nextBoolean() ? Character.toLowerCase(c) : c);
        }
        String lookalike = ascii.toString().replaceFirst("[sS]", String.valueOf(LONG_S));
        String prefix = Gen.text(r).replace("MSFT", "");
        int field = r.nextInt(4);

        assertThat(lead(field, prefix + ascii + "1234").isTest()).isTrue();
        assertThat(lead(field, prefix + lookalike + "1234").isTest()).as(lookalike).isFalse();
    }

    private static Lead lead(int field, String value) {
        switch (field) {
            case 0:
                return Lead.builder().leadSource(value).build();
            case 1:
                return Lead.builder().userDetails(d -> d.firstName(value)).build();
            case 2:
                return Lead.builder().userDetails(d -> d.lastName(value)).build();
            default:
                return Lead.builder().userDetails(d -> d.email(value)).build();
        }
    }
}

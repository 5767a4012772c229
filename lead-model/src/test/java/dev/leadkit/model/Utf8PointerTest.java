package dev.leadkit.model;

import dev.leadkit.gen.Gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.model.LeadParseException.Problem;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 10.3: ill-formed UTF-8 points at the value it starts or lies in, never at the member before it. */
class Utf8PointerTest {
    private static final byte[][] BAD = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, {(byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};

    static Stream<Long> seeds() {
        return Gen.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void illFormedUtf8PointsAtItsOwnValue(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder before = new StringBuilder("{");
        int members = r.nextInt(4);
        for (int i = 0; i < members; i++) {
            before.append("\"m").append(i).append("\":").append(new String[] {"\"x\"", "1", "[true]", "{}"}[r.nextInt(4)])
                    .append(',');
        }
        boolean nested = r.nextBoolean();
        String parent = nested ? "/UserDetails" : "";
        if (nested) {
            before.append("\"UserDetails\":{\"Email\":\"a@b.c\",");
        }
        byte[] bad = BAD[r.nextInt(BAD.length)];
        int where = r.nextInt(3);
        byte[] document;
        String expected;
        if (where == 0) { // at the start of a value
            document = Gen.concat(Gen.utf8(before + "\"B\":"), bad, Gen.utf8(nested ? "}}" : "}"));
            expected = parent + "/B";
        } else if (where == 1) { // inside a string value
            document = Gen.concat(Gen.utf8(before + "\"B\":\"ab"), bad, Gen.utf8(nested ? "\"}}" : "\"}"));
            expected = parent + "/B";
        } else { // inside a name: the name was never read as one
            document = Gen.concat(Gen.utf8(before + "\"B"), bad, Gen.utf8(nested ? "\":1}}" : "\":1}"));
            expected = parent;
        }

        LeadParseException e = catchThrowableOfType(LeadParseException.class, () -> LeadJson.defaults().read(document));

        assertThat(e).isNotNull();
        assertThat(e.problem()).isEqualTo(Problem.NOT_UTF8);
        assertThat(e.pointer()).isEqualTo(expected);
    }
}

package dev.leadkit.model.internal;

import dev.leadkit.gen.Gen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The strict validator agrees with the JDK's strict decoder on every input. */
class Utf8Test {

    static Stream<Long> seeds() {
        return Gen.seeds(5000);
    }

    /** Valid UTF-8 of any text, random noise, high bytes only, or ASCII then one bad byte. */
    static byte[] nearUtf8(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return Gen.text(r).getBytes(StandardCharsets.UTF_8);
            case 1: {
                byte[] b = new byte[r.nextInt(41)];
                r.nextBytes(b);
                return b;
            }
            case 2: {
                byte[] b = new byte[r.nextInt(7)];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (0x80 + r.nextInt(0x80));
                }
                return b;
            }
            default: {
                int n = r.nextInt(31);
                byte[] b = new byte[n + 1];
                Arrays.fill(b, (byte) 0x61);
                b[n] = (byte) 0xC0;
                return b;
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithTheJdkDecoder(long seed) {
        byte[] bytes = nearUtf8(new SplittableRandom(seed));

        assertThat(Utf8.firstInvalid(bytes, 0, bytes.length) < 0).isEqualTo(jdkAccepts(bytes));
    }

    @Test
    void pointsAtTheFirstBadByte() {
        byte[] bytes = {'a', 'b', (byte) 0xC3, (byte) 0xA9, (byte) 0xC0, (byte) 0x80};

        assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).isEqualTo(4);
        assertThat(Utf8.firstInvalid(bytes, 0, 4)).isEqualTo(-1);
        assertThat(Utf8.firstInvalid(bytes, 0, 3)).isEqualTo(2);
    }

    @Test
    void acceptsTheEdgesOfEachLength() {
        for (int codePoint : new int[] {0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF}) {
            byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
            assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).as("U+%X", codePoint).isEqualTo(-1);
        }
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

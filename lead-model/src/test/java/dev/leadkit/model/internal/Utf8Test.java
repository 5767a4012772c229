package dev.leadkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The strict validator agrees with the JDK's strict decoder on every input. */
class Utf8Test {

    @Provide
    Arbitrary<byte[]> nearUtf8() {
        Arbitrary<byte[]> valid = Arbitraries.strings().all().ofMaxLength(20)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<byte[]> asciiThenBad = Arbitraries.integers().between(0, 30).map(n -> {
            byte[] b = new byte[n + 1];
            java.util.Arrays.fill(b, (byte) 0x61);
            b[n] = (byte) 0xC0;
            return b;
        });
        Arbitrary<byte[]> highBytes = Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF).array(byte[].class)
                .ofMaxSize(6);
        return Arbitraries.oneOf(valid, noise, highBytes, asciiThenBad);
    }

    @Property(tries = 5000)
    void agreesWithTheJdkDecoder(@ForAll("nearUtf8") byte[] bytes) {
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

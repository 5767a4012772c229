package dev.leadkit.model;

import dev.leadkit.gen.Gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.model.internal.Pointers;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10.2: text that sits where a key belongs, without its colon, never reaches a pointer or a message; a member
 * name that was read as a name is shown, cut at {@link Pointers#MAX_NAME_LENGTH}.
 */
class PointerPrivacyTest {
    private static final String[] PLANTED = {"Zebulon Quixotic, pii.victim@secret.example", "+1 425 555 0199",
        "sig=Zm9vYmFyYmF6cXV4", "Jöhänna Ümlaut 📞 0049 170 1234567"};

    static Stream<Long> seeds() {
        return Gen.seeds(500);
    }

    /** A string in the place of a key, followed by anything but a colon, at any depth. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aStringInThePlaceOfAKeyNeverReachesThePointerOrMessage(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String planted = PLANTED[r.nextInt(PLANTED.length)];
        String[] after = {"}", "}}", ",", "]", "", " \"x\"", " 1", ",\"a\":1}", " ", "\n}"};
        String stray = "\"" + planted + "\"" + after[r.nextInt(after.length)];
        String[] shapes = {
            "{\"UserDetails\":{\"Email\":\"x@y.z\"," + stray,
            "{" + stray,
            "{\"a\":1," + stray,
            "{\"a\":[{\"b\":2," + stray,
            "{\"UserDetails\":{" + stray,
            "{\"deep\":{\"er\":{" + stray};
        String document = shapes[r.nextInt(shapes.length)];

        LeadParseException e = catchThrowableOfType(LeadParseException.class, () -> LeadJson.defaults().read(document));

        assertThat(e).as(document).isNotNull();
        for (String piece : pieces(planted)) {
            assertThat(e.pointer()).as(document).doesNotContain(piece);
            assertThat(e.getMessage()).as(document).doesNotContain(piece);
        }
    }

    /** A name with its colon is shown, but no further than the documented length. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMemberNameIsShownCutAtTheDocumentedLength(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String name = Gen.name(r).replace("\"", "").replace("\\", "") + "x".repeat(r.nextInt(200));
        String escaped = name.chars().mapToObj(c -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c))
                .reduce("", String::concat);
        String document = "{\"ok\":1,\"" + escaped + "\":" + new String[] {"tru", "01", "[1,}", "{\"a\" 1}"}[r.nextInt(4)]
                + "}";

        LeadParseException e = catchThrowableOfType(LeadParseException.class, () -> LeadJson.defaults().read(document));

        assertThat(e).as(document).isNotNull();
        assertThat(e.pointer()).as(document).startsWith(Pointers.child("", name));
        String first = e.pointer().substring(1).split("/")[0];
        assertThat(first.length()).isLessThanOrEqualTo(Pointers.MAX_NAME_LENGTH * 2 + Pointers.CUT.length());
        if (name.length() > Pointers.MAX_NAME_LENGTH) {
            assertThat(e.pointer()).doesNotContain(name);
            assertThat(e.getMessage()).doesNotContain(name.substring(0, Pointers.MAX_NAME_LENGTH + 1));
        }
    }

    /** Every run of eight characters of the planted text, so no fragment of it slips through either. */
    static String[] pieces(String planted) {
        int n = Math.max(1, planted.length() - 7);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = planted.substring(i, Math.min(planted.length(), i + 8));
        }
        return out;
    }
}

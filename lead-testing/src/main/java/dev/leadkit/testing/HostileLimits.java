package dev.leadkit.testing;

import static dev.leadkit.model.LeadParseException.Problem.LIMIT_EXCEEDED;
import static dev.leadkit.testing.Corpus.VALID;
import static dev.leadkit.testing.Corpus.limit;
import static dev.leadkit.testing.Corpus.repeat;

import dev.leadkit.model.LeadJson;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Payloads at and beyond the limits: nesting depth, string length, name and number length, document size, and
 * large but legal shapes (many keys with one hash code, long arrays). {@code LeadJson}'s defaults are tighter than
 * the schemas', which use jackson-core's defaults (depth 1,000, names of 50,000 characters, numbers of 1,000
 * digits, no document size limit). Payloads over 64 KB are generated on each use.
 */
final class HostileLimits {
    /** jackson-core's default nesting limit, which {@code LeadSchema} keeps. */
    static final int SCHEMA_MAX_DEPTH = 1000;
    private static final int DEPTH = LeadJson.DEFAULT_MAX_DEPTH;
    private static final int STRING = LeadJson.DEFAULT_MAX_STRING_LENGTH;
    private static final int DOCUMENT = LeadJson.DEFAULT_MAX_DOCUMENT_BYTES;

    private HostileLimits() {
    }

    static void addTo(Corpus c) {
        nesting(c);
        strings(c);
        documents(c);
    }

    private static Supplier<byte[]> text(Supplier<String> json) {
        return () -> json.get().getBytes(StandardCharsets.UTF_8);
    }

    private static void nesting(Corpus c) {
        // The root object is depth 1 and "x" holds the arrays, so n arrays make depth n + 1.
        c.json("nesting-at-depth-limit", "Arrays nested to exactly the default depth of 32: read.",
                "{\"x\":" + "[".repeat(DEPTH - 1) + "]".repeat(DEPTH - 1) + "}").readable().schemas(VALID);
        c.json("nesting-one-over-depth-limit", "Arrays nested one deeper than the default depth of 32.",
                "{\"x\":" + "[".repeat(DEPTH) + "]".repeat(DEPTH) + "}")
                .fails(LIMIT_EXCEEDED, repeat("/x", "0", DEPTH - 1)).schemas(VALID);
        c.json("nesting-in-user-details", "Forty nested objects inside an additional property of the details.",
                "{\"UserDetails\":{\"address\":" + "{\"k\":".repeat(40) + "1" + "}".repeat(40) + "}}")
                .fails(LIMIT_EXCEEDED, repeat("/UserDetails/address", "k", DEPTH - 2)).schemas(VALID);
        c.json("nesting-two-thousand-objects", "Objects nested 2,000 deep: beyond every parser's default.",
                "{\"a\":".repeat(1999) + "{}" + "}".repeat(1999))
                .fails(LIMIT_EXCEEDED, repeat("", "a", DEPTH))
                .schemas(limit(repeat("", "a", SCHEMA_MAX_DEPTH)));
        c.lazy("unclosed-arrays-hundred-thousand", "100,000 opening brackets: a stack-exhaustion attempt.",
                text(() -> "{\"x\":" + "[".repeat(100_000)))
                .fails(LIMIT_EXCEEDED, repeat("/x", "0", DEPTH - 1))
                .schemas(limit(repeat("/x", "0", SCHEMA_MAX_DEPTH - 1)));
    }

    private static void strings(Corpus c) {
        c.lazy("description-at-string-limit", "A description of exactly 65,536 characters: read (the validator"
                + " would still flag it as over 32,000).",
                text(() -> "{\"Description\":\"" + "d".repeat(STRING) + "\"}")).readable().schemas(VALID);
        c.lazy("description-over-string-limit", "A description of 65,537 characters.",
                text(() -> "{\"Description\":\"" + "d".repeat(STRING + 1) + "\"}"))
                .fails(LIMIT_EXCEEDED, "/Description").schemas(VALID);
        c.lazy("additional-string-of-hundred-thousand", "A 100,000-character string in an additional property.",
                text(() -> "{\"notes\":\"" + "n".repeat(100_000) + "\"}"))
                .fails(LIMIT_EXCEEDED, "/notes").schemas(VALID);
        c.lazy("emoji-name-over-string-limit", "40,000 emoji: 80,000 UTF-16 characters, the unit the limit counts.",
                text(() -> "{\"UserDetails\":{\"FirstName\":\"" + "😀".repeat(40_000) + "\"}}"))
                .fails(LIMIT_EXCEEDED, "/UserDetails/FirstName").schemas(VALID);
        c.lazy("emoji-name-under-string-limit", "30,000 emoji: 60,000 UTF-16 characters, read.",
                text(() -> "{\"UserDetails\":{\"FirstName\":\"" + "😀".repeat(30_000) + "\"}}"))
                .readable().schemas(VALID);
        c.json("key-over-name-limit", "A 60,000-character property name: over jackson-core's 50,000.",
                "{\"" + "k".repeat(60_000) + "\":1}").fails(LIMIT_EXCEEDED, "").schemas(limit(""));
        c.json("number-at-length-limit", "A 1,000-digit number in an additional property: read.",
                "{\"score\":" + "7".repeat(1000) + "}").readable().schemas(VALID);
        c.json("number-over-length-limit", "A 1,001-digit number: over jackson-core's 1,000.",
                "{\"score\":" + "7".repeat(1001) + "}").fails(LIMIT_EXCEEDED, "/score").schemas(limit("/score"));
        c.json("huge-exponent", "1e999999999: read and kept exactly as a BigDecimal.", "{\"score\":1e999999999}")
                .readable().schemas(VALID);
        // Issue 10.1: exponents and scales that do not fit an int are refused, never a NumberFormatException.
        String email = "{\"UserDetails\":{\"Email\":\"someone@contoso.com\"}";
        c.json("exponent-over-int", "1e2147483648: the exponent does not fit an int.", email + ",\"X\":1e2147483648}")
                .fails(LIMIT_EXCEEDED, "/X").schemas(limit("/X"));
        c.json("negative-exponent-over-int", "1e-2147483649 in UserDetails.",
                "{\"UserDetails\":{\"Email\":\"someone@contoso.com\",\"Y\":1e-2147483649}}")
                .fails(LIMIT_EXCEEDED, "/UserDetails/Y").schemas(limit("/UserDetails/Y"));
        c.json("scale-over-int", "0.1e-2147483648: the exponent fits, the scale does not.",
                "{\"a\":[{\"b\":0.1e-2147483648}]}").fails(LIMIT_EXCEEDED, "/a/0/b").schemas(limit("/a/0/b"));
        c.json("ten-digit-exponent", "1e9999999999 where a string belongs.", "{\"OfferTitle\":1e9999999999}")
                .fails(LIMIT_EXCEEDED, "/OfferTitle").schemas(limit("/OfferTitle"));
        c.json("hundred-digit-exponent", "An exponent of a hundred digits.",
                "{\"n\":0.4e00" + "6699".repeat(25) + "}").fails(LIMIT_EXCEEDED, "/n").schemas(limit("/n"));
        c.json("scale-at-the-limit", "1e-999999999: the smallest scale leadkit reads, kept exactly.",
                "{\"n\":1e-999999999}").readable().schemas(VALID);
    }

    private static void documents(Corpus c) {
        c.lazy("document-at-size-limit", "Exactly 1 MiB, mostly white space: read.",
                text(() -> "{" + " ".repeat(DOCUMENT - 2) + "}")).readable().schemas(VALID);
        c.lazy("document-over-size-limit", "One byte over 1 MiB.",
                text(() -> "{" + " ".repeat(DOCUMENT - 1) + "}")).fails(LIMIT_EXCEEDED, "").schemas(VALID);
        c.lazy("document-of-two-mebibytes", "2 MiB of small additional properties.", text(() -> {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; out.length() < 2 * DOCUMENT; i++) {
                out.append("\"p").append(i).append("\":\"xxxxxxxxxxxxxxxxxxxxxxxx\",");
            }
            return out.append("\"end\":0}").toString();
        })).fails(LIMIT_EXCEEDED, "").schemas(VALID);
        c.lazy("keys-with-one-hash-code", "4,096 keys with the same String.hashCode (a hash-flooding pattern): read.",
                text(HostileLimits::collidingKeys)).readable().schemas(VALID);
        c.lazy("array-of-hundred-thousand", "An additional property holding 100,000 numbers: read.",
                text(() -> "{\"tags\":[" + "0,".repeat(99_999) + "0]}")).readable().schemas(VALID);
    }

    /** "Aa" and "BB" have one hash code, so every 12-pair sequence of them does too. */
    private static String collidingKeys() {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < 4096; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"');
            for (int bit = 11; bit >= 0; bit--) {
                out.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            out.append("\":").append(i);
        }
        return out.append('}').toString();
    }
}

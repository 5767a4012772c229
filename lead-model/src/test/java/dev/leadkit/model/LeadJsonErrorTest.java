package dev.leadkit.model;

import static dev.leadkit.model.LeadParseException.Problem.DUPLICATE_PROPERTY;
import static dev.leadkit.model.LeadParseException.Problem.LIMIT_EXCEEDED;
import static dev.leadkit.model.LeadParseException.Problem.MALFORMED;
import static dev.leadkit.model.LeadParseException.Problem.NOT_UTF8;
import static dev.leadkit.model.LeadParseException.Problem.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.leadkit.model.LeadParseException.Problem;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input: the exception's problem, pointer, line, column and message. */
class LeadJsonErrorTest {
    private static final String EMAIL = "someone@contoso.com";

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                arguments("empty input", "", MALFORMED, "", 1, 1),
                arguments("whitespace only", " \n ", MALFORMED, "", 1, 1),
                arguments("truncated in a string", "{\"ActionCode\":\"IN", MALFORMED, "/ActionCode", 1, 18),
                arguments("truncated after a value", "{\n\"ActionCode\":\"INS\"", MALFORMED, "", 2, 19),
                arguments("trailing bare word", "{}\nx", MALFORMED, "", 2, 1),
                arguments("trailing second object", "{} {}", MALFORMED, "", 1, 4),
                arguments("trailing close bracket", "{}]", MALFORMED, "", 1, 3),
                arguments("unquoted value", "{\"UserDetails\":{\"Email\": " + EMAIL + "}}", MALFORMED,
                        "/UserDetails/Email", 1, 26),
                arguments("missing comma", "{\"a\": 1\n \"b\": 2}", MALFORMED, "", 2, 2),
                arguments("single quotes", "{'a': 1}", MALFORMED, "", 1, 2),
                arguments("comment", "{/* c */}", MALFORMED, "", 1, 2),
                arguments("trailing comma", "{\"a\": 1,}", MALFORMED, "", 1, 9),
                arguments("raw newline in a string", "{\"Description\":\"a\nb\"}", MALFORMED, "/Description",
                        1, 18),
                arguments("leading zero", "{\"a\": 01}", MALFORMED, "/a", 1, 8),
                arguments("NaN", "{\"a\": NaN}", MALFORMED, "/a", 1, 7),
                arguments("bad escape", "{\"a\": \"\\q\"}", MALFORMED, "/a", 1, 9),
                arguments("mismatched bracket", "{\"a\": [1}", MALFORMED, "/a", 1, 9),
                arguments("array root", "[{}]", WRONG_TYPE, "", 1, 1),
                arguments("string root", "\"lead\"", WRONG_TYPE, "", 1, 1),
                arguments("number root", " 42", WRONG_TYPE, "", 1, 2),
                arguments("null root", "null", WRONG_TYPE, "", 1, 1),
                arguments("object where a string belongs", "{\"UserDetails\":{\n  \"Email\": {\"x\": 1}}}",
                        WRONG_TYPE, "/UserDetails/Email", 2, 12),
                arguments("array where a string belongs", "{\"offerTitle\": [\"a\"]}", WRONG_TYPE, "/offerTitle",
                        1, 16),
                arguments("string where UserDetails belongs", "{\"userDetails\": \"" + EMAIL + "\"}", WRONG_TYPE,
                        "/userDetails", 1, 17),
                arguments("array where UserDetails belongs", "{\"UserDetails\": []}", WRONG_TYPE, "/UserDetails",
                        1, 17),
                arguments("exact duplicate documented key", "{\"Email\":1,\"UserDetails\":{\"Email\":\"a\",\"Email\":\"b\"}}",
                        DUPLICATE_PROPERTY, "/UserDetails/Email", 1, 39),
                arguments("Email and email", "{\"UserDetails\":{\"Email\":\"a\",\n\"email\":\"b\"}}",
                        DUPLICATE_PROPERTY, "/UserDetails/email", 2, 1),
                arguments("UserDetails and userDetails", "{\"UserDetails\":null,\"userDetails\":{}}",
                        DUPLICATE_PROPERTY, "/userDetails", 1, 21),
                arguments("duplicate after a null", "{\"ActionCode\":null,\"ACTIONCODE\":\"INS\"}",
                        DUPLICATE_PROPERTY, "/ACTIONCODE", 1, 20),
                arguments("duplicate unknown key", "{\"utm\":1,\"utm\":2}", DUPLICATE_PROPERTY, "/utm", 1, 10),
                arguments("duplicate key deep inside", "{\"x\":[{\"a~b/c\":1,\"a~b/c\":2}]}", DUPLICATE_PROPERTY,
                        "/x/0/a~0b~1c", 1, 18),
                arguments("NUL byte first", "\u0000{}", NOT_UTF8, "", 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void reportsWhereAndWhy(String name, String document, Problem problem, String pointer, int line, int column) {
        LeadParseException e = readFailure(document.getBytes(StandardCharsets.UTF_8));

        assertThat(e.problem()).as("problem").isEqualTo(problem);
        assertThat(e.pointer()).as("pointer").isEqualTo(pointer);
        assertThat(e.line()).as("line").isEqualTo(line);
        assertThat(e.column()).as("column").isEqualTo(column);
        assertThat(e.getMessage()).contains("expected").contains(" but found ")
                .contains("(line " + line + ", column " + column + ")")
                .doesNotContain(EMAIL).doesNotContain("someone").doesNotContain("INS");
    }

    static Stream<Arguments> badBytes() {
        return Stream.of(
                arguments("lone continuation byte", bytes("{\"Description\":\"", 0x80, "\"}"), "/Description", 17),
                arguments("0xFF", bytes("{\"Description\":\"ab", 0xFF, "\"}"), "/Description", 19),
                arguments("overlong NUL", bytes("{\"a\":\"", 0xC0, 0x80, "\"}"), "/a", 7),
                arguments("overlong slash", bytes("{\"a\":\"", 0xE0, 0x80, 0xAF, "\"}"), "/a", 7),
                arguments("encoded surrogate", bytes("{\"a\":\"", 0xED, 0xA0, 0x80, "\"}"), "/a", 7),
                arguments("above U+10FFFF", bytes("{\"a\":\"", 0xF4, 0x90, 0x80, 0x80, "\"}"), "/a", 7),
                arguments("truncated sequence", bytes("{\"a\":\"", 0xE2, 0x82, "\"}"), "/a", 7),
                arguments("in a key", bytes("{\"UserDetails\":{\"n", 0xFE, "\":1}}"), "/UserDetails", 19),
                arguments("Latin-1 text", "{\"FirstName\":\"Zoë\"}".getBytes(StandardCharsets.ISO_8859_1),
                        "/FirstName", 17),
                arguments("UTF-16", "{\"a\":1}".getBytes(StandardCharsets.UTF_16LE), "", 2),
                arguments("UTF-16 with BOM", "{}".getBytes(StandardCharsets.UTF_16), "", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBytes")
    void rejectsInputThatIsNotUtf8(String name, byte[] document, String pointer, int column) {
        LeadParseException e = readFailure(document);

        assertThat(e.problem()).isEqualTo(NOT_UTF8);
        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.getMessage()).contains("UTF-8");
    }

    @Test
    void rejectsAStringWithAnUnpairedSurrogate() {
        assertThatThrownBy(() -> LeadJson.defaults().read("{\n\"Title\":\"ab\uD800\"}"))
                .isInstanceOfSatisfying(LeadParseException.class, e -> {
                    assertThat(e.problem()).isEqualTo(NOT_UTF8);
                    assertThat(e.pointer()).isEqualTo("/Title");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(12);
                });
    }

    @Test
    void messagesNeverQuoteTheDocumentAndEscapeHostileKeys() {
        String hostileKey = "x\r\nFAKE LOG LINE " + EMAIL;
        LeadParseException e = readFailure(("{\"" + hostileKey.replace("\r", "\\r").replace("\n", "\\n")
                + "\":1,\"" + hostileKey.replace("\r", "\\r").replace("\n", "\\n") + "\":2}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(e.problem()).isEqualTo(DUPLICATE_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/" + hostileKey);
        assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n").contains("\\u000d\\u000a");
    }

    @Test
    void limitProblemsAreTheirOwnKind() {
        LeadParseException e = readFailure(("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(e.problem()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(e.getMessage()).contains("maxDepth");
    }

    static LeadParseException readFailure(byte[] document) {
        try {
            Lead lead = LeadJson.defaults().read(document);
            throw new AssertionError("expected a LeadParseException but read " + lead);
        } catch (LeadParseException e) {
            return e;
        }
    }

    /** Text and raw byte values, concatenated. */
    static byte[] bytes(Object... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String) {
                out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }
}

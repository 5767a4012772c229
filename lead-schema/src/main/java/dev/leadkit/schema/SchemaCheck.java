package dev.leadkit.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.leadkit.model.internal.Pointers;
import dev.leadkit.model.internal.Utf8;
import dev.leadkit.schema.SchemaModel.JsonType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a document against a {@link SchemaModel} in one streaming pass over jackson-core tokens, with draft-04
 * semantics: {@code type} (a list means any of them; {@code null} is its own type) and {@code properties}
 * (case-sensitive names; undeclared properties allowed at every level). A key that occurs twice counts once, by its
 * last occurrence, as in Jackson's tree model (what networknt validates) and Json.NET (what Power Automate uses).
 * Thread-safe: it holds only immutable state.
 */
final class SchemaCheck {
    static final String SYNTAX = "syntax";
    static final String LIMIT = "limit";
    static final String TYPE = "type";

    private final JsonFactory factory;
    private final SchemaModel root;

    SchemaCheck(JsonFactory factory, SchemaModel root) {
        this.factory = factory;
        this.root = root;
    }

    ValidationReport check(byte[] json) {
        int bad = firstBadByte(json);
        if (bad >= 0) {
            String detail = json[bad] == 0 ? "expected UTF-8 JSON but found a NUL byte"
                    : String.format("expected UTF-8 but found byte 0x%02X that does not start a valid sequence",
                            json[bad] & 0xFF);
            return encodingFailure(json, bad, detail);
        }
        if (conforms(json)) {
            return ValidationReport.of(List.of());
        }
        JsonParser p = null;
        try {
            p = factory.createParser(json);
            JsonToken first = p.nextToken();
            if (first == null) {
                return single(SYNTAX, "", p.currentLocation(), "expected a JSON value but found end of input");
            }
            List<Violation> out = new ArrayList<>();
            value(p, first, root, "", out);
            if (p.nextToken() != null) {
                return single(SYNTAX, "", p.currentTokenLocation(),
                        "expected end of input after the root value but found more");
            }
            return ValidationReport.of(out);
        } catch (StreamConstraintsException e) {
            return single(LIMIT, pointer(p), e.getLocation(),
                    "expected the document to stay within the parser's limits (nesting depth, string and number"
                            + " length) but found it did not");
        } catch (JsonProcessingException e) {
            return single(SYNTAX, pointer(p), e.getLocation(), reason(e));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        } finally {
            close(p);
        }
    }

    /**
     * The common case, valid, in one pass that builds no pointer, list or map: true only if the document is
     * well-formed, within the limits, and every occurrence of every declared property has an allowed type. Anything
     * else, including a duplicated key whose earlier occurrence is wrong, returns false, and the full check decides
     * and builds the report; so this pass can only ever confirm a valid verdict, never change one.
     */
    private boolean conforms(byte[] json) {
        try (JsonParser p = factory.createParser(json)) {
            JsonToken first = p.nextToken();
            return first != null && conforms(p, first, root) && p.nextToken() == null;
        } catch (IOException e) {
            return false; // malformed or over a limit: the full check reports it
        }
    }

    private static boolean conforms(JsonParser p, JsonToken token, SchemaModel model) throws IOException {
        if (!model.allows(JsonType.of(token))) {
            return false;
        }
        if (token != JsonToken.START_OBJECT || model.properties.isEmpty()) {
            p.skipChildren();
            return true;
        }
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken child = p.nextToken();
            SchemaModel declared = model.properties.get(name);
            if (declared == null) {
                p.skipChildren();
            } else if (!conforms(p, child, declared)) {
                return false;
            }
        }
        return true;
    }

    /** A string input with an unpaired surrogate (no UTF-8 form); it was replaced at {@code byteOffset}. */
    ValidationReport unpairedSurrogate(byte[] replaced, int byteOffset) {
        return encodingFailure(replaced, byteOffset, "expected text with a UTF-8 form but found an unpaired surrogate");
    }

    private void value(JsonParser p, JsonToken token, SchemaModel model, String pointer, List<Violation> out)
            throws IOException {
        JsonType type = JsonType.of(token);
        if (!model.allows(type)) {
            out.add(new Violation(pointer, TYPE, "expected " + model.expected() + " but found " + type.article));
        }
        if (type != JsonType.OBJECT || model.properties.isEmpty()) {
            p.skipChildren();
            return;
        }
        Map<String, List<Violation>> byName = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken child = p.nextToken();
            SchemaModel declared = model.properties.get(name);
            if (declared == null) {
                p.skipChildren();
                continue;
            }
            List<Violation> found = new ArrayList<>(1);
            value(p, child, declared, Pointers.child(pointer, name), found);
            if (byName == null) {
                byName = new LinkedHashMap<>();
            }
            byName.put(name, found);
        }
        if (byName != null) {
            byName.values().forEach(out::addAll);
        }
    }

    private static int firstBadByte(byte[] json) {
        int bad = Utf8.firstInvalid(json, 0, json.length);
        int end = bad < 0 ? json.length : bad;
        for (int i = 0; i < end; i++) {
            if (json[i] == 0) {
                return i;
            }
        }
        return bad;
    }

    private ValidationReport encodingFailure(byte[] json, int offset, String detail) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (json[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return ValidationReport.of(List.of(new Violation(pointerAt(json, offset), SYNTAX,
                "malformed JSON at line " + line + ", column " + (offset - lineStart + 1) + ": " + detail)));
    }

    /** The pointer of the last token that starts at or before {@code offset}: the value the bad byte lies in. */
    private String pointerAt(byte[] json, int offset) {
        String pointer = "";
        try (JsonParser p = factory.createParser(json, 0, offset)) {
            while (p.nextToken() != null) {
                pointer = pointer(p);
            }
        } catch (IOException | RuntimeException truncatedOnPurpose) {
            // Expected: the input stops at the bad byte, so the parser ends early; the last pointer is the answer.
            return pointer;
        }
        return pointer;
    }

    private static ValidationReport single(String code, String pointer, JsonLocation where, String detail) {
        String at = where == null || where.getLineNr() < 0 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        String prefix = code.equals(SYNTAX) ? "malformed JSON" : "document too large or too deep";
        return ValidationReport.of(List.of(new Violation(pointer, code, prefix + at + ": " + detail)));
    }

    /** Jackson's own messages may quote the document, so only their kind is kept. */
    private static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || m.startsWith("Unexpected end-of-input")) {
            return "expected the rest of the document but found end of input (truncated)";
        } else if (m.startsWith("Illegal unquoted character")) {
            return "expected control characters in strings to be escaped but found one unescaped";
        } else if (m.startsWith("Unrecognized token")) {
            return "expected a JSON value but found a bare word";
        } else if (m.startsWith("Unexpected close marker")) {
            return "expected a matching close bracket but found another";
        } else if (m.contains("numeric value") || m.contains("Leading zero") || m.startsWith("Non-standard token")) {
            return "expected a JSON number but found an invalid number";
        } else if (m.startsWith("Unrecognized character escape")) {
            return "expected a valid escape sequence but found an invalid one";
        }
        return "expected valid JSON but found an unexpected character";
    }

    private static String pointer(JsonParser p) {
        return p == null ? "" : p.getParsingContext().pathAsPointer().toString();
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing an in-memory parser failed", e);
            }
        }
    }
}

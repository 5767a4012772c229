package dev.leadkit.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.leadkit.model.internal.JsonNumbers;
import dev.leadkit.model.internal.JsonScan;
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

    /** Nesting limit of {@link LeadSchema}'s parser, stated so that no Jackson version's default decides it. */
    static final int MAX_DEPTH = 1000;
    /** String limit of {@link LeadSchema}'s parser, in characters: Jackson 2's default, stated. */
    static final int MAX_STRING_LENGTH = 20_000_000;

    /** A fault that {@link JsonScan} names the same way under every Jackson version. */
    private static final class Rescan extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rescan() {
            super(null, null, false, false);
        }
    }

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
                return refused(json, null);
            }
            List<Violation> out = new ArrayList<>();
            value(p, first, root, "", out);
            if (p.nextToken() != null) {
                return refused(json, null);
            }
            return ValidationReport.of(out);
        } catch (JsonProcessingException e) {
            return refused(json, e);
        } catch (Rescan e) {
            return refused(json, null);
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
        } catch (IOException | Rescan e) {
            return false; // malformed or over a limit: the full check reports it
        }
    }

    private static boolean conforms(JsonParser p, JsonToken token, SchemaModel model) throws IOException {
        if (!model.allows(JsonType.of(token))) {
            return false;
        }
        if (token != JsonToken.START_OBJECT || model.properties.isEmpty()) {
            skip(p, token);
            return true;
        }
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            checkName(name);
            JsonToken child = p.nextToken();
            SchemaModel declared = model.properties.get(name);
            if (declared == null) {
                skip(p, child);
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
            skip(p, token);
            return;
        }
        Map<String, List<Violation>> byName = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            checkName(name);
            JsonToken child = p.nextToken();
            SchemaModel declared = model.properties.get(name);
            if (declared == null) {
                skip(p, child);
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

    /**
     * Walks a value to its end, as {@code skipChildren} would, but looks at what LeadJson refuses and some Jackson
     * versions let through: numbers out of leadkit's range and names with an unpaired surrogate escape.
     */
    private static void skip(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            checkScalar(p, token);
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new Rescan();
            } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
            } else if (t == JsonToken.FIELD_NAME) {
                checkName(p.currentName());
            } else {
                checkScalar(p, t);
            }
        }
    }

    private static void checkScalar(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_FLOAT && !JsonNumbers.inRange(p.getText())) {
            throw new Rescan();
        }
    }

    private static void checkName(String name) {
        if (Utf8.firstUnpairedSurrogate(name) >= 0) {
            throw new Rescan();
        }
    }

    private ValidationReport encodingFailure(byte[] json, int offset, String detail) {
        int[] at = lineColumn(json, offset);
        return ValidationReport.of(List.of(new Violation(JsonScan.pointerAt(json, offset), SYNTAX,
                "malformed JSON at line " + at[0] + ", column " + at[1] + ": " + detail)));
    }

    /** The report for a document Jackson or the walk refused: leadkit's own scan says what and where. */
    private static ValidationReport refused(byte[] json, JsonProcessingException e) {
        JsonScan.Finding finding = JsonScan.first(json, MAX_DEPTH, MAX_STRING_LENGTH);
        if (finding == null) {
            // The scan saw no fault where Jackson did: keep only the kind of Jackson's exception, point at the root.
            JsonLocation where = e == null ? null : e.getLocation();
            String at = where == null || where.getLineNr() < 0 ? ""
                    : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            return e instanceof StreamConstraintsException
                    ? single(LIMIT, "", "document too large or too deep" + at
                            + ": expected the document to stay within the parser's limits but found it did not")
                    : single(SYNTAX, "", "malformed JSON" + at + ": expected valid JSON but found something else");
        }
        int[] at = lineColumn(json, finding.offset());
        String where = " at line " + at[0] + ", column " + at[1] + ": ";
        return finding.kind() == JsonScan.Kind.LIMIT
                ? single(LIMIT, finding.pointer(), "document too large or too deep" + where + finding.detail())
                : single(SYNTAX, finding.pointer(), "malformed JSON" + where + finding.detail());
    }

    private static ValidationReport single(String code, String pointer, String message) {
        return ValidationReport.of(List.of(new Violation(pointer, code, message)));
    }

    private static int[] lineColumn(byte[] json, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < json.length; i++) {
            if (json[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
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

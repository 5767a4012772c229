package dev.leadkit.model;

import static dev.leadkit.model.LeadParseException.Problem.DUPLICATE_PROPERTY;
import static dev.leadkit.model.LeadParseException.Problem.LIMIT_EXCEEDED;
import static dev.leadkit.model.LeadParseException.Problem.MALFORMED;
import static dev.leadkit.model.LeadParseException.Problem.WRONG_TYPE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.leadkit.model.internal.FieldNames;
import dev.leadkit.model.internal.JsonNumbers;
import dev.leadkit.model.internal.JsonScan;
import dev.leadkit.model.internal.MemberObserver;
import dev.leadkit.model.internal.Text;
import dev.leadkit.model.internal.Utf8;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The streaming reader behind {@link LeadJson#read(byte[])}. Thread-safe: it holds only settings. */
final class LeadReader {
    private static final int USER_DETAILS = FieldNames.LEAD.indexOf("UserDetails");

    /** Thrown where the reader found a fault that {@link JsonScan} reports the same way under every Jackson. */
    private static final class Rescan extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rescan() {
            super(null, null, false, false);
        }
    }

    private final JsonFactory factory;
    private final int maxDepth;
    private final int maxStringLength;

    LeadReader(JsonFactory factory, int maxDepth, int maxStringLength) {
        this.factory = factory;
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
    }

    /** Reads a lead; {@code observer}, if not null, sees each member of the root and of UserDetails. */
    Lead read(byte[] json, MemberObserver observer) {
        checkEncoding(json);
        JsonParser p = null;
        try {
            p = factory.createParser(json);
            JsonToken root = p.nextToken();
            if (root == null) {
                throw new LeadParseException(MALFORMED, "expected a JSON object but found end of input", "", 1, 1);
            }
            if (root != JsonToken.START_OBJECT) {
                throw wrongType(p, "an object", root);
            }
            Lead lead = readLead(p, observer);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw at(p, MALFORMED, "expected end of input after the lead object but found " + describe(after));
            }
            return lead;
        } catch (JsonProcessingException e) {
            throw ParseFailures.refused(e, json, maxDepth, maxStringLength);
        } catch (Rescan e) {
            throw ParseFailures.refused(null, json, maxDepth, maxStringLength);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        } finally {
            closeQuietly(p);
        }
    }

    private Lead readLead(JsonParser p, MemberObserver observer) throws IOException {
        String[] values = new String[FieldNames.LEAD.size()];
        UserDetails details = null;
        int seen = 0;
        LinkedHashMap<String, Object> extra = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            int index = FieldNames.indexOf(FieldNames.LEAD, name);
            if (index < 0) {
                extra = putUnknown(p, extra, name, observer, null);
                continue;
            }
            seen = markSeen(p, seen, index, FieldNames.LEAD.get(index));
            JsonToken token = next(p, observer, null, name);
            if (index == USER_DETAILS) {
                details = readUserDetails(p, token, observer, name);
            } else {
                values[index] = readString(p, token);
            }
        }
        return new Lead(values[0], values[1], values[2], values[3], details, frozen(extra));
    }

    private UserDetails readUserDetails(JsonParser p, JsonToken token, MemberObserver observer, String key)
            throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            throw wrongType(p, "an object or null", token);
        }
        String[] values = new String[FieldNames.USER_DETAILS.size()];
        int seen = 0;
        LinkedHashMap<String, Object> extra = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            int index = FieldNames.indexOf(FieldNames.USER_DETAILS, name);
            if (index < 0) {
                extra = putUnknown(p, extra, name, observer, key);
                continue;
            }
            seen = markSeen(p, seen, index, FieldNames.USER_DETAILS.get(index));
            values[index] = readString(p, next(p, observer, key, name));
        }
        return new UserDetails(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                frozen(extra));
    }

    private static int markSeen(JsonParser p, int seen, int index, String documented) {
        int bit = 1 << index;
        if ((seen & bit) != 0) {
            throw at(p, DUPLICATE_PROPERTY, "expected " + documented + " at most once, in any case, but found it again");
        }
        return seen | bit;
    }

    /** A documented field: a string, or a scalar kept as its JSON text; null means absent. */
    private String readString(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return checkedText(p);
            case VALUE_NUMBER_FLOAT:
                String number = p.getText();
                if (!JsonNumbers.inRange(number)) {
                    throw at(p, LIMIT_EXCEEDED, JsonScan.numberOutOfRange());
                }
                return number;
            case VALUE_NUMBER_INT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return p.getText();
            case VALUE_NULL:
                return null;
            default:
                throw wrongType(p, "a string", token);
        }
    }

    private static Map<String, Object> frozen(LinkedHashMap<String, Object> extra) {
        return extra == null ? null : FrozenJson.object(extra);
    }

    /** The first token of a member's value, shown to the observer if there is one. */
    private static JsonToken next(JsonParser p, MemberObserver observer, String parent, String key)
            throws IOException {
        JsonToken token = p.nextToken();
        if (observer != null) {
            observer.member(parent, key, token);
        }
        return token;
    }

    private LinkedHashMap<String, Object> putUnknown(JsonParser p, LinkedHashMap<String, Object> into, String name,
            MemberObserver observer, String parent) throws IOException {
        LinkedHashMap<String, Object> map = into == null ? new LinkedHashMap<>() : into;
        if (Utf8.firstUnpairedSurrogate(name) >= 0) {
            throw new Rescan(); // a name with no UTF-8 form; some Jackson versions refuse it, some do not
        }
        if (map.containsKey(name)) {
            throw at(p, DUPLICATE_PROPERTY, "expected each key once but found a duplicate key");
        }
        map.put(name, readValue(p, next(p, observer, parent, name)));
        return map;
    }

    /** Any JSON value, as the plain Java value {@code additionalProperties()} holds. */
    private Object readValue(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                LinkedHashMap<String, Object> map = new LinkedHashMap<>();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    putUnknown(p, map, name, null, null);
                }
                return FrozenJson.object(map);
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    list.add(readValue(p, t));
                }
                return FrozenJson.array(list);
            }
            case VALUE_STRING:
                return checkedText(p);
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? JsonNumbers.parse(p.getText())
                        : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return decimal(p); // 5e0 is the integer 5
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalStateException("a value cannot start with " + token);
        }
    }

    /** A number with a point or an exponent, parsed by leadkit's one rule rather than by Jackson's version. */
    private static Object decimal(JsonParser p) throws IOException {
        try {
            return JsonNumbers.parse(p.getText());
        } catch (ArithmeticException outOfRange) {
            throw at(p, LIMIT_EXCEEDED, JsonScan.numberOutOfRange());
        }
    }

    /** Jackson bounds string length on the way in; this makes the bound exact. */
    private String checkedText(JsonParser p) throws IOException {
        String text = p.getText();
        if (text.length() > maxStringLength) {
            throw at(p, LIMIT_EXCEEDED, "expected a string of at most " + maxStringLength
                    + " characters (maxStringLength) but found " + text.length());
        }
        return text;
    }

    private static LeadParseException wrongType(JsonParser p, String expected, JsonToken found) {
        return at(p, WRONG_TYPE, "expected " + expected + " but found " + describe(found));
    }

    static LeadParseException at(JsonParser p, LeadParseException.Problem problem, String detail) {
        var where = p.currentTokenLocation();
        return new LeadParseException(problem, detail, ParseFailures.pointer(p), where.getLineNr(),
                where.getColumnNr());
    }

    static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() == null ? token.name() : Text.quote(token.asString());
        }
    }

    /** Jackson would guess UTF-16 or UTF-32 from NUL bytes, and lets some ill-formed UTF-8 through. */
    private void checkEncoding(byte[] json) {
        int bad = Utf8.firstInvalid(json, 0, json.length);
        for (int i = 0; i < Math.min(4, json.length) && (bad < 0 || i < bad); i++) {
            if (json[i] == 0) {
                throw ParseFailures.notUtf8(json, i, "expected UTF-8 but found a NUL byte (UTF-16 or UTF-32?)");
            }
        }
        if (bad >= 0) {
            throw ParseFailures.notUtf8(json, bad, String.format(
                    "expected well-formed UTF-8 but found an ill-formed sequence starting with byte 0x%02X",
                    json[bad] & 0xFF));
        }
    }

    static LeadParseException tooLarge(byte[] json, int max) {
        int[] lineColumn = ParseFailures.lineColumn(json, max);
        return new LeadParseException(LIMIT_EXCEEDED, "expected a document of at most " + max
                + " bytes (maxDocumentBytes) but found " + json.length + (json.length > max + 1 ? "" : " or more"),
                "", lineColumn[0], lineColumn[1]);
    }

    /** Strict UTF-8 encoding: an unpaired surrogate is an error, not a silent '?'. */
    byte[] encode(String json) {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(json));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            int index = Utf8.firstUnpairedSurrogate(json);
            int offset = json.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
            throw ParseFailures.notUtf8(json.getBytes(StandardCharsets.UTF_8), offset,
                    "expected text with a UTF-8 form but found an unpaired surrogate");
        }
    }

    private static void closeQuietly(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing an in-memory parser failed", e);
            }
        }
    }
}

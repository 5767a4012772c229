package dev.leadkit.model.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * leadkit's own scan of a JSON document for its first fault, used only after jackson-core has refused the document,
 * so that what a failure is called and where it points never depend on Jackson's messages or on which version of
 * Jackson runs: the RFC 8259 grammar, strict UTF-8 having been checked before, plus the limits on nesting, string,
 * name and number length.
 *
 * <p>The pointer of a finding holds only member names that were read as names, a name and then its colon: text in
 * the place of a key (a string with no colon after it) never reaches it. Details name what was expected and the kind
 * of what was found (a letter, a closing brace), never the document's text. Not thread-safe; one per scan.
 */
public final class JsonScan {
    /** Jackson's limit on the length of a member name, in characters. */
    public static final int MAX_NAME_LENGTH = 50_000;
    /** Jackson's limit on the length of a number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /** The kinds of fault. */
    public enum Kind {
        /** Not JSON. */
        MALFORMED,
        /** A member name holding an unpaired surrogate escape: it has no UTF-8 form. */
        UNPAIRED_SURROGATE_NAME,
        /** Over a limit: nesting, string, name or number length, or a number out of range. */
        LIMIT
    }

    /**
     * The first fault of a document.
     *
     * @param kind what kind
     * @param detail what was expected and what kind of thing was found; no text of the document
     * @param pointer where: the innermost value whose name was read as a name
     * @param offset the byte offset of the fault
     */
    public record Finding(Kind kind, String detail, String pointer, int offset) {
    }

    private final byte[] b;
    private final int end;
    private final int maxDepth;
    private final int maxStringLength;
    private final List<String> path = new ArrayList<>();
    private int i;
    private int stringLength;

    private JsonScan(byte[] b, int maxDepth, int maxStringLength) {
        this.b = b;
        this.end = b.length;
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
    }

    /**
     * Finds the first fault of a document that is well-formed UTF-8.
     *
     * @param json the document
     * @param maxDepth the deepest nesting allowed, the root container counting as 1
     * @param maxStringLength the longest string value allowed, in UTF-16 characters
     * @return the first fault, or null if there is none
     */
    public static Finding first(byte[] json, int maxDepth, int maxStringLength) {
        JsonScan scan = new JsonScan(json, maxDepth, maxStringLength);
        try {
            scan.document();
            return null;
        } catch (Fault f) {
            return f.finding;
        }
    }

    /**
     * The pointer of the value in which byte {@code offset} lies, for a fault found by other means (ill-formed
     * UTF-8): as {@link #first} would point for a fault at that byte.
     *
     * @param json the document
     * @param offset the byte offset
     * @return the pointer
     */
    public static String pointerAt(byte[] json, int offset) {
        byte[] head = Arrays.copyOf(json, offset);
        Finding f = first(head, Integer.MAX_VALUE, Integer.MAX_VALUE);
        return f == null ? "" : f.pointer();
    }

    private static final class Fault extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Finding finding;

        Fault(Finding finding) {
            super(null, null, false, false);
            this.finding = finding;
        }
    }

    private Fault fault(Kind kind, String detail, int at) {
        String pointer = "";
        for (String segment : path) {
            pointer = pointer + "/" + segment;
        }
        return new Fault(new Finding(kind, detail, pointer, at));
    }

    private Fault malformed(String expected) {
        return fault(Kind.MALFORMED, "expected " + expected + " but found " + found(), i);
    }

    private void document() {
        if (end >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        whitespace();
        if (i >= end) {
            throw fault(Kind.MALFORMED, "expected a JSON value but found end of input", i);
        }
        value();
        whitespace();
        if (i < end) {
            throw fault(Kind.MALFORMED, "expected end of input after the root value but found " + found(), i);
        }
    }

    /**
     * Scans one value and everything in it, iteratively (a recursive scan would overflow the stack on deep input):
     * {@code open} holds, for each open container, -1 for an object or the current index of an array.
     */
    private void value() {
        int[] open = new int[16];
        int depth = 0;
        while (true) {
            whitespace();
            if (i >= end) {
                throw truncated();
            }
            int c = b[i];
            boolean closed;
            if (c == '{' || c == '[') {
                if (depth + 1 > maxDepth) {
                    throw fault(Kind.LIMIT, "expected nesting no deeper than " + maxDepth
                            + " (maxDepth) but found deeper", i);
                }
                i++;
                whitespace();
                if (i < end && b[i] == (c == '{' ? '}' : ']')) {
                    i++;
                    closed = true;
                } else {
                    if (depth == open.length) {
                        open = Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = c == '{' ? -1 : 0;
                    if (c == '{') {
                        name();
                    } else {
                        path.add("0");
                    }
                    continue;
                }
            } else {
                scalar(c);
                closed = true;
            }
            // A value ended: close the containers it ends, until one has a next member or element.
            while (closed) {
                if (depth == 0) {
                    return;
                }
                path.remove(path.size() - 1);
                whitespace();
                if (i >= end) {
                    throw truncated();
                }
                boolean object = open[depth - 1] < 0;
                if (b[i] == (object ? '}' : ']')) {
                    i++;
                    depth--;
                    continue;
                }
                if (b[i] != ',') {
                    throw malformed(object ? "a comma or a closing brace" : "a comma or a closing bracket");
                }
                i++;
                if (object) {
                    whitespace();
                    name();
                } else {
                    path.add(Integer.toString(++open[depth - 1]));
                }
                closed = false;
            }
        }
    }

    /** Reads a member name and its colon; only then does the name join the path. */
    private void name() {
        if (i >= end) {
            throw truncated();
        }
        if (b[i] != '"') {
            throw malformed("a property name in quotation marks");
        }
        int nameStart = i;
        String name = string(MAX_NAME_LENGTH);
        if (stringLength > MAX_NAME_LENGTH) {
            throw fault(Kind.LIMIT, "expected a property name of at most " + MAX_NAME_LENGTH
                    + " characters but found a longer one", nameStart);
        }
        whitespace();
        if (i >= end) {
            throw truncated();
        }
        if (b[i] != ':') {
            throw malformed("a colon after the property name");
        }
        i++;
        if (Utf8.firstUnpairedSurrogate(name) >= 0) {
            throw fault(Kind.UNPAIRED_SURROGATE_NAME,
                    "expected a property name of valid Unicode but found an unpaired surrogate escape", nameStart);
        }
        path.add(Pointers.escape(Pointers.cut(name)));
    }

    private void scalar(int c) {
        switch (c) {
            case '"': {
                int start = i;
                string(0);
                if (stringLength > maxStringLength) {
                    throw fault(Kind.LIMIT, "expected a string of at most " + maxStringLength
                            + " characters (maxStringLength) but found a longer one", start);
                }
                break;
            }
            case 't':
                literal("true");
                break;
            case 'f':
                literal("false");
                break;
            case 'n':
                literal("null");
                break;
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    number();
                } else {
                    throw malformed("a JSON value (string, number, object, array, true, false or null)");
                }
        }
    }

    /**
     * Reads a string from its opening quote; returns its text cut to {@code keep + 1} characters and leaves its full
     * length, in UTF-16 characters, in {@link #stringLength}.
     */
    private String string(int keep) {
        StringBuilder text = new StringBuilder();
        int length = 0;
        i++;
        while (true) {
            if (i >= end) {
                throw truncated();
            }
            int c = b[i] & 0xFF;
            if (c == '"') {
                i++;
                stringLength = length;
                return text.toString();
            }
            if (c < 0x20) {
                throw malformed("control characters in a string to be escaped");
            }
            if (c == '\\') {
                char e = escape();
                length++;
                if (text.length() <= keep) {
                    text.append(e);
                }
            } else if (c < 0x80) {
                length++;
                if (text.length() <= keep) {
                    text.append((char) c);
                }
                i++;
            } else {
                int size = Math.min(c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2, end - i);
                String s = new String(b, i, size, StandardCharsets.UTF_8);
                length += s.length();
                if (text.length() <= keep) {
                    text.append(s);
                }
                i += size;
            }
        }
    }

    private char escape() {
        i++;
        if (i >= end) {
            throw truncated();
        }
        int c = b[i];
        i++;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return (char) c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u': {
                int value = 0;
                for (int k = 0; k < 4; k++) {
                    if (i >= end) {
                        throw truncated();
                    }
                    int digit = Character.digit(b[i], 16);
                    if (digit < 0 || b[i] < 0) {
                        throw malformed("four hexadecimal digits after \\u");
                    }
                    value = value * 16 + digit;
                    i++;
                }
                return (char) value;
            }
            default:
                i--;
                throw malformed("a valid escape sequence (one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        }
    }

    private void number() {
        int start = i;
        if (b[i] == '-') {
            i++;
        }
        if (i >= end) {
            throw truncated();
        }
        if (b[i] == '0') {
            i++;
            if (i < end && b[i] >= '0' && b[i] <= '9') {
                throw malformed("a JSON number without leading zeros");
            }
        } else {
            digits();
        }
        if (i < end && b[i] == '.') {
            i++;
            digits();
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            digits();
        }
        if (i < end && (b[i] >= 'a' && b[i] <= 'z' || b[i] >= 'A' && b[i] <= 'Z' || b[i] == '.')) {
            throw malformed("a JSON number to end");
        }
        if (i - start > MAX_NUMBER_LENGTH) {
            throw fault(Kind.LIMIT, "expected a number of at most " + MAX_NUMBER_LENGTH
                    + " characters but found a longer one", start);
        }
        if (!JsonNumbers.inRange(new String(b, start, i - start, StandardCharsets.US_ASCII))) {
            throw fault(Kind.LIMIT, numberOutOfRange(), start);
        }
    }

    /**
     * The detail for a number out of range, the same wherever it is found.
     *
     * @return the detail
     */
    public static String numberOutOfRange() {
        return "expected a number whose scale (digits after the point minus the exponent) is within +-"
                + JsonNumbers.MAX_SCALE + " but found one beyond";
    }

    private void digits() {
        if (i >= end) {
            throw truncated();
        }
        if (b[i] < '0' || b[i] > '9') {
            throw malformed("a digit");
        }
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
    }

    private void literal(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (i >= end) {
                throw truncated();
            }
            if (b[i] != word.charAt(k)) {
                throw fault(Kind.MALFORMED, "expected a JSON value (string, number, object, array, true, false or"
                        + " null) but found a bare word", i);
            }
            i++;
        }
        if (i < end && (b[i] >= 'a' && b[i] <= 'z' || b[i] >= 'A' && b[i] <= 'Z' || b[i] >= '0' && b[i] <= '9'
                || b[i] == '_')) {
            throw fault(Kind.MALFORMED, "expected a JSON value (string, number, object, array, true, false or"
                    + " null) but found a bare word", i);
        }
    }

    private void whitespace() {
        while (i < end && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
    }

    private Fault truncated() {
        return fault(Kind.MALFORMED, "expected the rest of the document but found end of input (truncated)", i);
    }

    /** The kind of byte at the scan position, never the byte's text except for JSON's punctuation. */
    private String found() {
        if (i >= end) {
            return "end of input";
        }
        int c = b[i] & 0xFF;
        switch (c) {
            case '{':
                return "an opening brace";
            case '}':
                return "a closing brace";
            case '[':
                return "an opening bracket";
            case ']':
                return "a closing bracket";
            case ':':
                return "a colon";
            case ',':
                return "a comma";
            case '"':
                return "a quotation mark";
            case '\'':
                return "an apostrophe";
            default:
                if (c < 0x20 || c == 0x7F) {
                    return "a control character";
                } else if (c >= 0x80) {
                    return "a character outside ASCII";
                } else if (c >= '0' && c <= '9') {
                    return "a digit";
                } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    return "a letter";
                } else if (c == ' ') {
                    return "a space";
                }
                return "a punctuation character";
        }
    }
}

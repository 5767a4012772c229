package dev.leadkit.model;

import static dev.leadkit.model.LeadParseException.Problem.LIMIT_EXCEEDED;
import static dev.leadkit.model.LeadParseException.Problem.MALFORMED;
import static dev.leadkit.model.LeadParseException.Problem.NOT_UTF8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.leadkit.model.internal.Utf8;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's failures into {@link LeadParseException}s. Jackson's own messages can quote the document
 * (an unrecognised token is printed whole), so they are never passed on: the detail is rebuilt from fixed text.
 */
final class ParseFailures {
    private static final Pattern EXPECTING = Pattern.compile("was expecting ([ a-zA-Z,'()-]{1,120})");
    private static final Pattern CHARACTER_CODE = Pattern.compile("code (-?\\d{1,7})\\)");

    private ParseFailures() {
    }

    static String pointer(JsonParser p) {
        return p == null ? "" : p.getParsingContext().pathAsPointer().toString();
    }

    static LeadParseException malformed(JsonProcessingException e, JsonParser p) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String detail;
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            detail = "expected the rest of the document but found end of input (truncated)";
        } else if (message.startsWith("Illegal unquoted character")) {
            detail = "expected control characters in a string to be escaped but found " + character(message);
        } else if (message.startsWith("Unrecognized token")) {
            detail = "expected a JSON value (string, number, object, array, true, false or null) but found a bare word";
        } else if (message.startsWith("Unexpected close marker")) {
            detail = "expected a matching close bracket but found " + character(message);
        } else if (message.contains("numeric value") || message.contains("Leading zero")
                || message.startsWith("Non-standard token")) {
            detail = "expected a JSON number but found an invalid number";
        } else if (message.startsWith("Unrecognized character escape")) {
            detail = "expected a valid escape sequence in a string but found " + character(message);
        } else {
            Matcher expecting = EXPECTING.matcher(message);
            detail = "expected " + (expecting.find() ? expecting.group(1).trim() : "valid JSON") + " but found "
                    + character(message);
        }
        return at(MALFORMED, "malformed JSON: " + detail, p, e.getLocation());
    }

    static LeadParseException limit(StreamConstraintsException e, JsonParser p) {
        String message = String.valueOf(e.getOriginalMessage());
        String limit;
        if (message.contains("getMaxNestingDepth")) {
            limit = "expected nesting no deeper than the maxDepth limit but found deeper nesting";
        } else if (message.contains("getMaxStringLength") || message.contains("getMaxNameLength")) {
            limit = "expected strings and names no longer than the maxStringLength limit but found a longer one";
        } else if (message.contains("getMaxDocumentLength")) {
            limit = "expected a document no larger than the maxDocumentBytes limit but found a larger one";
        } else if (message.contains("getMaxNumberLength")) {
            limit = "expected numbers of at most 1000 characters but found a longer one";
        } else {
            limit = "expected the document to stay within the parser's limits but found it did not";
        }
        return at(LIMIT_EXCEEDED, limit, p, e.getLocation());
    }

    /** An encoding failure at byte {@code offset}; a token scan finds the pointer of the value it lies in. */
    static LeadParseException notUtf8(JsonFactory factory, byte[] json, int offset, String detail) {
        int[] lineColumn = lineColumn(json, offset);
        return new LeadParseException(NOT_UTF8, detail, pointerAt(factory, json, offset), lineColumn[0],
                lineColumn[1]);
    }

    private static String pointerAt(JsonFactory factory, byte[] json, long offset) {
        String pointer = "";
        try (JsonParser p = factory.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (p.currentTokenLocation().getByteOffset() > offset) {
                    break;
                }
                pointer = pointer(p);
            }
        } catch (IOException | RuntimeException stoppedAtTheBadByte) {
            // Expected: the parser may stop at the ill-formed bytes; the last pointer it reached is the answer.
            return pointer;
        }
        return pointer;
    }

    private static LeadParseException at(LeadParseException.Problem problem, String detail, JsonParser p,
            JsonLocation location) {
        JsonLocation where = location != null ? location : p == null ? null : p.currentLocation();
        int line = where == null ? -1 : where.getLineNr();
        int column = where == null ? -1 : where.getColumnNr();
        return new LeadParseException(problem, detail, pointer(p), line, column);
    }

    /** The character Jackson's message names by code, rendered safely; one character is not personal data. */
    private static String character(String message) {
        Matcher code = CHARACTER_CODE.matcher(message);
        if (!code.find()) {
            return "an unexpected character";
        }
        int c = Integer.parseInt(code.group(1));
        if (c == -1) {
            return "end of input";
        }
        if (c >= 0x21 && c < 0x7f) {
            return "'" + (char) c + "'";
        }
        return String.format("character U+%04X", c);
    }

    /** The 1-based line and byte column of {@code offset}. */
    static int[] lineColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, bytes.length);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    static int firstUnpairedSurrogate(String s) {
        return Math.max(0, Utf8.firstUnpairedSurrogate(s));
    }
}

package dev.leadkit.model;

import static dev.leadkit.model.LeadParseException.Problem.LIMIT_EXCEEDED;
import static dev.leadkit.model.LeadParseException.Problem.MALFORMED;
import static dev.leadkit.model.LeadParseException.Problem.NOT_UTF8;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.leadkit.model.internal.JsonScan;
import dev.leadkit.model.internal.Pointers;

/**
 * Turns jackson-core's refusals into {@link LeadParseException}s without reading Jackson's messages (they quote the
 * document, and change between versions): leadkit's own {@link JsonScan} finds the first fault of the same bytes and
 * says what it is and where, so the verdict is the same under every supported Jackson version.
 */
final class ParseFailures {
    private ParseFailures() {
    }

    /** The pointer of the parser's current value; only where every name in its context was read as a name. */
    static String pointer(JsonParser p) {
        return p == null ? "" : Pointers.of(p.getParsingContext());
    }

    /**
     * The failure for a document Jackson refused, or that the reader found a fault in that the scan also finds.
     *
     * @param e what Jackson threw, for its kind and location only when the scan finds nothing; may be null
     */
    static LeadParseException refused(JsonProcessingException e, byte[] json, int maxDepth, int maxStringLength) {
        JsonScan.Finding finding = JsonScan.first(json, maxDepth, maxStringLength);
        if (finding != null) {
            int[] lineColumn = lineColumn(json, finding.offset());
            switch (finding.kind()) {
                case LIMIT:
                    return new LeadParseException(LIMIT_EXCEEDED, finding.detail(), finding.pointer(), lineColumn[0],
                            lineColumn[1]);
                case UNPAIRED_SURROGATE_NAME:
                    return new LeadParseException(NOT_UTF8, finding.detail(), finding.pointer(), lineColumn[0],
                            lineColumn[1]);
                default:
                    return new LeadParseException(MALFORMED, "malformed JSON: " + finding.detail(), finding.pointer(),
                            lineColumn[0], lineColumn[1]);
            }
        }
        // The scan saw no fault where Jackson did: keep only the kind of Jackson's exception, point at the root.
        JsonLocation where = e == null ? null : e.getLocation();
        int line = where == null ? -1 : where.getLineNr();
        int column = where == null ? -1 : where.getColumnNr();
        if (e instanceof StreamConstraintsException) {
            return new LeadParseException(LIMIT_EXCEEDED,
                    "expected the document to stay within the parser's limits but found it did not", "", line, column);
        }
        if (e instanceof JsonEOFException) {
            return new LeadParseException(MALFORMED,
                    "malformed JSON: expected the rest of the document but found end of input (truncated)", "", line,
                    column);
        }
        return new LeadParseException(MALFORMED, "malformed JSON: expected valid JSON but found something else", "",
                line, column);
    }

    /** An encoding failure at byte {@code offset}; the pointer is that of the value it lies in. */
    static LeadParseException notUtf8(byte[] json, int offset, String detail) {
        int[] lineColumn = lineColumn(json, offset);
        return new LeadParseException(NOT_UTF8, detail, JsonScan.pointerAt(json, offset), lineColumn[0],
                lineColumn[1]);
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
}

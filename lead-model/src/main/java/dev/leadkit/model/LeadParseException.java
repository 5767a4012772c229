package dev.leadkit.model;

import dev.leadkit.model.internal.Text;
import java.util.Objects;

/**
 * A document could not be read as a lead. Says where (a JSON Pointer and a line and column) and why (a
 * {@link Problem} and a message naming what was expected and what was found). The message never holds a value
 * from the document, so it is safe to log.
 */
public final class LeadParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kinds of failure, stable for programs to branch on. */
    public enum Problem {
        /** Not JSON: a syntax error, a truncated document, trailing content or an empty input. */
        MALFORMED,
        /**
         * The bytes are not well-formed UTF-8 (or look like UTF-16/32), a {@code String} input holds an unpaired
         * surrogate, or a property name holds an unpaired surrogate escape. An escaped unpaired surrogate in a
         * string value ({@code "\uD800"}) is valid JSON and is read, and written back escaped.
         */
        NOT_UTF8,
        /** Valid JSON of the wrong shape: a root that is not an object, an object where a string belongs. */
        WRONG_TYPE,
        /** Two keys name the same property: an exact duplicate, or {@code Email} and {@code email}. */
        DUPLICATE_PROPERTY,
        /**
         * A limit was exceeded: document size, nesting depth or string length (configured), property names over
         * 50,000 or numbers over 1,000 characters, or a number whose scale (digits after the point minus the
         * exponent) is beyond +-999,999,999, such as {@code 1e2147483648}: such a number is refused, never rounded.
         */
        LIMIT_EXCEEDED
    }

    private final Problem problem;
    private final String pointer;
    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param problem the kind of failure
     * @param detail what was expected and what was found; must hold no value from the document
     * @param pointer the RFC 6901 pointer of the offending value, "" for the root
     * @param line the 1-based line, or -1 if unknown
     * @param column the 1-based column in bytes of the UTF-8 input, or -1 if unknown
     */
    LeadParseException(Problem problem, String detail, String pointer, int line, int column) {
        super(Objects.requireNonNull(detail, "detail") + " at " + Text.pointer(pointer) + " (line " + line
                + ", column " + column + ")");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.line = line;
        this.column = column;
    }

    /**
     * The kind of failure.
     *
     * @return the problem, never null
     */
    public Problem problem() {
        return problem;
    }

    /**
     * Where the offending value is, as an RFC 6901 JSON Pointer into the document as it was sent (so with the
     * document's own key casing). It holds only member names that were read as names, a name followed by its colon,
     * each cut at 64 characters ({@code ...} marks a cut), and array indexes: text in the place of a key never
     * reaches it. Malformed JSON between members (a missing comma, a string with no colon after it) points at the
     * object or array it lies in; inside a member's value, at that member.
     *
     * @return the pointer, "" for the root
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The line of the failure.
     *
     * @return the 1-based line, or -1 if unknown
     */
    public int line() {
        return line;
    }

    /**
     * The column of the failure, counted in bytes of the UTF-8 input (the same as characters for ASCII).
     *
     * @return the 1-based column, or -1 if unknown
     */
    public int column() {
        return column;
    }
}

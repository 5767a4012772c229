package dev.leadkit.schema;

import dev.leadkit.model.LeadParseException;
import dev.leadkit.model.internal.Text;
import java.util.Objects;

/**
 * One rule a lead broke: where, which rule, and why.
 *
 * <p>Messages never quote the offending value, so a violation holds no personal data and is safe to log. The codes
 * are stable; see the {@linkplain dev.leadkit.schema package documentation} for the list.
 *
 * @param pointer where, as an RFC 6901 JSON Pointer into the documented (PascalCase) form of the lead:
 *     {@code ""} for the root, {@code /UserDetails/Email}
 * @param code the rule, machine-readable: {@code syntax}, {@code limit}, {@code type}, {@code duplicate},
 *     {@code email}, {@code size}, {@code contactable}, {@code required}, or the name of a user's own constraint
 * @param message why, for people; never contains the value
 */
public record Violation(String pointer, String code, String message) {
    /**
     * Creates a violation.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the pointer is neither empty nor starts with {@code /}, or the code is
     *     empty
     */
    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("pointer must be empty or start with '/': " + pointer);
        }
        if (code.isEmpty()) {
            throw new IllegalArgumentException("code must not be empty");
        }
    }

    /**
     * The violation a failed read amounts to, in this package's codes: {@code syntax} for malformed JSON or bytes
     * that are not UTF-8, {@code type} for a value of the wrong JSON type, {@code duplicate} for two keys naming
     * one property, {@code limit} for a configured limit exceeded. The pointer is the exception's, into the
     * document as it was sent; the message is the exception's without its pointer, plus the line and column when
     * known: {@code expected a string but found an array (line 1, column 27)}.
     *
     * @param failure the failed read
     * @return the violation
     * @throws NullPointerException if {@code failure} is null
     */
    public static Violation of(LeadParseException failure) {
        Objects.requireNonNull(failure, "failure");
        String code;
        switch (failure.problem()) {
            case WRONG_TYPE:
                code = "type";
                break;
            case DUPLICATE_PROPERTY:
                code = "duplicate";
                break;
            case LIMIT_EXCEEDED:
                code = "limit";
                break;
            default:
                code = "syntax";
        }
        String message = failure.getMessage();
        String where = " at " + Text.pointer(failure.pointer()) + " (line " + failure.line() + ", column "
                + failure.column() + ")";
        if (message.endsWith(where)) {
            message = message.substring(0, message.length() - where.length());
        }
        if (failure.line() > 0) {
            message = message + " (line " + failure.line() + ", column " + failure.column() + ")";
        }
        return new Violation(failure.pointer(), code, message);
    }
}

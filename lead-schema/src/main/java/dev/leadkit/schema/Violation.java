package dev.leadkit.schema;

import dev.leadkit.model.LeadParseException;
import dev.leadkit.model.internal.FieldNames;
import dev.leadkit.model.internal.Text;
import java.util.Objects;

/**
 * One rule a lead broke: where, which rule, and why.
 *
 * <p>Messages never quote the offending value, so a violation holds no personal data and is safe to log. The codes
 * are stable; see the {@linkplain dev.leadkit.schema package documentation} for the list.
 *
 * @param pointer where, as an RFC 6901 JSON Pointer into the document as it was sent, with its own key casing
 *     ({@code /userDetails/email} for a camelCase body), {@code ""} for the root; for a lead that was not read from
 *     a document, into the form {@code LeadJson} writes by default, the documented one. It holds only member names
 *     that were read as names (a name followed by its colon), each cut at 64 characters
 *     ({@code dev.leadkit.model.internal.Pointers.MAX_NAME_LENGTH}), and array indexes: no other text of the body.
 *     {@link #documentedPointer()} gives the documented spelling.
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
     * The pointer in the documented (PascalCase) spelling: the documented root keys, and the documented keys under
     * {@code UserDetails}, spelled as Microsoft documents them whatever their ASCII case as sent
     * ({@code /userDetails/EMAIL} gives {@code /UserDetails/Email}); other segments unchanged.
     *
     * @return the documented pointer
     */
    public String documentedPointer() {
        if (pointer.isEmpty()) {
            return pointer;
        }
        String[] segments = pointer.substring(1).split("/", -1);
        int first = FieldNames.indexOf(FieldNames.LEAD, segments[0]);
        if (first < 0) {
            return pointer;
        }
        segments[0] = FieldNames.LEAD.get(first);
        if (segments.length > 1 && segments[0].equals("UserDetails")) {
            int second = FieldNames.indexOf(FieldNames.USER_DETAILS, segments[1]);
            if (second >= 0) {
                segments[1] = FieldNames.USER_DETAILS.get(second);
            }
        }
        return "/" + String.join("/", segments);
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

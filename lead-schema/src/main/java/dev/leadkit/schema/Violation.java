package dev.leadkit.schema;

import java.util.Objects;

/**
 * One rule a lead broke: where, which rule, and why.
 *
 * <p>Messages never quote the offending value, so a violation holds no personal data and is safe to log. The codes
 * are stable; see the {@linkplain dev.leadkit.schema package documentation} for the list.
 *
 * @param pointer where, as an RFC 6901 JSON Pointer into the documented (PascalCase) form of the lead:
 *     {@code ""} for the root, {@code /UserDetails/Email}
 * @param code the rule, machine-readable: {@code syntax}, {@code limit}, {@code type}, {@code email}, {@code size},
 *     {@code contactable}, {@code required}, or the name of a user's own constraint
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
}

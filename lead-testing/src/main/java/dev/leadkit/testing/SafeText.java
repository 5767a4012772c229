package dev.leadkit.testing;

/**
 * Renders untrusted or personal text for assertion messages and {@code toString()}: control characters escaped,
 * long text cut, names and URL queries masked.
 *
 * <p>The same rules as lead-model's internal {@code Text} and {@code Masking} (a test holds the two to the same
 * output), repeated here because this module uses exported API only: a modular application's tests put it on the
 * class path, where {@code dev.leadkit.model.internal} cannot be read.
 */
final class SafeText {
    /** The longest rendering of one piece of untrusted text, in characters. */
    static final int MAX_LENGTH = 80;

    private SafeText() {
    }

    /** Quotes a JSON pointer; the root renders as {@code "" (the root)}. */
    static String pointer(String pointer) {
        return pointer.isEmpty() ? "\"\" (the root)" : quote(pointer);
    }

    /** Quotes text, escaping control and non-printing characters and cutting it at {@link #MAX_LENGTH}. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 8).append('"');
        int n = Math.min(text.length(), MAX_LENGTH);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (text.length() > n) {
            out.append("...");
        }
        return out.toString();
    }

    /** Masks a name: its first character, then {@code ***}; null stays null. */
    static String name(String name) {
        if (name == null) {
            return null;
        }
        return name.isEmpty() ? "" : new String(Character.toChars(name.codePointAt(0))) + "***";
    }

    /** Masks a request target ({@code /path?query}): the path is shown, a query becomes {@code ***}. */
    static String target(String target) {
        if (target == null) {
            return null;
        }
        int question = target.indexOf('?');
        return question < 0 ? target : target.substring(0, question) + "?***";
    }

    /** Masks an e-mail address, keeping its first character and its domain: {@code s****@contoso.com}. */
    static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at <= 0 ? name(email) : new String(Character.toChars(email.codePointAt(0))) + "****"
                + email.substring(at);
    }

    /** Masks a phone number, keeping only its last two characters: {@code ***55}. */
    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() <= 4 ? "***" : "***" + phone.substring(phone.length() - 2);
    }
}

package dev.leadkit.model.internal;

/**
 * Renders untrusted text (member names, pointers) for exception messages and log lines: control characters
 * are escaped so a payload cannot forge log lines, and long text is cut.
 */
public final class Text {
    /** The longest rendering of one piece of untrusted text, in characters. */
    public static final int MAX_LENGTH = 80;

    private Text() {
    }

    /**
     * Quotes a JSON pointer for a message; the root renders as {@code "" (the root)}.
     *
     * @param pointer the pointer
     * @return the safe, quoted rendering
     */
    public static String pointer(String pointer) {
        return pointer.isEmpty() ? "\"\" (the root)" : quote(pointer);
    }

    /**
     * Quotes text for a message, escaping control and non-printing characters and cutting it at
     * {@link #MAX_LENGTH}.
     *
     * @param text the text
     * @return the safe, quoted rendering
     */
    public static String quote(String text) {
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
}

package dev.leadkit.model.internal;

import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * RFC 6901 JSON Pointers as leadkit reports them: built only from member names that were read as names (a name and
 * its colon) and array indexes, each name cut to {@value #MAX_NAME_LENGTH} characters.
 */
public final class Pointers {
    /**
     * The longest member name shown in a pointer, in UTF-16 characters: {@value}. A longer name is cut there (never
     * inside a surrogate pair) and ends with {@value #CUT}.
     */
    public static final int MAX_NAME_LENGTH = 64;
    /** What ends a member name cut at {@link #MAX_NAME_LENGTH}: {@value}. */
    public static final String CUT = "...";

    private Pointers() {
    }

    /**
     * The pointer to a member of the object at {@code parent}.
     *
     * @param parent the object's pointer, "" for the root
     * @param name the member name, cut and escaped here ({@code ~} as {@code ~0}, {@code /} as {@code ~1})
     * @return the member's pointer
     */
    public static String child(String parent, String name) {
        return parent + "/" + escape(cut(name));
    }

    /**
     * The pointer of the value a parser is at. Call it only where every name in the context was returned by the
     * parser as a complete member name (its colon read); see {@code JsonScan} for the other places.
     *
     * @param context the parser's context
     * @return the pointer
     */
    public static String of(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = of(context.getParent());
        if (context.inArray()) {
            return context.hasCurrentIndex() ? parent + "/" + context.getCurrentIndex() : parent;
        }
        String name = context.getCurrentName();
        return name == null ? parent : child(parent, name);
    }

    /**
     * Cuts a member name to {@link #MAX_NAME_LENGTH} characters.
     *
     * @param name the name
     * @return the name, or its first characters followed by {@link #CUT}
     */
    public static String cut(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(MAX_NAME_LENGTH - 1)) ? MAX_NAME_LENGTH - 1 : MAX_NAME_LENGTH;
        return name.substring(0, end) + CUT;
    }

    /**
     * Escapes one reference token.
     *
     * @param name the unescaped member name
     * @return the token with {@code ~} and {@code /} escaped
     */
    public static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}

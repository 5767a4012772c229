package dev.leadkit.model.internal;

/** RFC 6901 JSON Pointers. */
public final class Pointers {
    private Pointers() {
    }

    /**
     * The pointer to a member of the object at {@code parent}.
     *
     * @param parent the object's pointer, "" for the root
     * @param name the member name, escaped here ({@code ~} as {@code ~0}, {@code /} as {@code ~1})
     * @return the member's pointer
     */
    public static String child(String parent, String name) {
        return parent + "/" + escape(name);
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

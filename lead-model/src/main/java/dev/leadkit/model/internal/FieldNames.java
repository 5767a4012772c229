package dev.leadkit.model.internal;

import java.util.List;
import java.util.Set;

/** The documented property names of a lead, and the ASCII case-insensitive match that reading uses. */
public final class FieldNames {
    /** The root properties, in the order leadkit writes them. */
    public static final List<String> LEAD = List.of("ActionCode", "OfferTitle", "LeadSource", "Description",
            "UserDetails");
    /** The {@code UserDetails} properties, in the order leadkit writes them. */
    public static final List<String> USER_DETAILS = List.of("FirstName", "LastName", "Email", "Phone", "Country",
            "Company", "Title");

    private static final String[] LEAD_CAMEL = camelForms(LEAD);
    private static final String[] USER_DETAILS_CAMEL = camelForms(USER_DETAILS);

    private FieldNames() {
    }

    /**
     * Finds which documented name a key stands for, ignoring ASCII case only ({@code "EMAIL"} matches
     * {@code Email}; a Kelvin sign or dotted capital I does not stand in for a letter).
     *
     * @param names the documented names
     * @param key the key as read
     * @return the index into {@code names}, or -1 if none matches
     */
    public static int indexOf(List<String> names, String key) {
        String[] camel = names == LEAD ? LEAD_CAMEL : names == USER_DETAILS ? USER_DETAILS_CAMEL : null;
        for (int i = 0; i < names.size(); i++) {
            // Jackson interns the names it reads, so the usual spellings match by identity.
            if (key == names.get(i) || camel != null && key == camel[i]) {
                return i;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (equalsIgnoreAsciiCase(names.get(i), key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Refuses additional-property names that stand for a documented property, which would be written twice.
     *
     * @param keys the additional property names
     * @param names the documented names at that level
     * @param where the JSON pointer of the object, for the message
     * @throws IllegalArgumentException naming the first such key
     */
    public static void requireUndocumented(Set<String> keys, List<String> names, String where) {
        for (String key : keys) {
            int index = indexOf(names, key);
            if (index >= 0) {
                throw new IllegalArgumentException("additional property " + Text.quote(key) + " at "
                        + Text.pointer(where) + " stands for the documented property " + names.get(index)
                        + "; set it through its own builder method");
            }
        }
    }

    /**
     * The camelCase form of a documented PascalCase name: {@code UserDetails} to {@code userDetails}.
     *
     * @param pascal the documented name
     * @return the name with its first letter in lower case
     */
    public static String camel(String pascal) {
        return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    private static String[] camelForms(List<String> pascal) {
        String[] forms = new String[pascal.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = camel(pascal.get(i)).intern();
        }
        return forms;
    }

    static boolean equalsIgnoreAsciiCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && lower(x) != lower(y)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}

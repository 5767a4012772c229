package dev.leadkit.model.internal;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Remembers how a document spelled the documented keys ({@code userDetails}, {@code EMAIL}...), so that a violation
 * found on the typed lead, whose pointer uses the documented form, can point into the document as it was sent.
 * One per read; not thread-safe.
 */
public final class SentNames implements MemberObserver {
    private final String[] root = new String[FieldNames.LEAD.size()];
    private final String[] details = new String[FieldNames.USER_DETAILS.size()];

    @Override
    public void member(String parent, String key, JsonToken value) {
        String[] into = parent == null ? root : details;
        int index = FieldNames.indexOf(parent == null ? FieldNames.LEAD : FieldNames.USER_DETAILS, key);
        if (index >= 0) {
            into[index] = key;
        }
    }

    /**
     * The pointer as sent for a pointer in the documented form: its first segment, and its second under
     * {@code UserDetails}, spelled as the document spelled them; segments the document did not hold keep the
     * documented spelling.
     *
     * @param documented a pointer such as {@code /UserDetails/Email}
     * @return the pointer such as {@code /userDetails/email}
     */
    public String asSent(String documented) {
        if (documented.isEmpty()) {
            return documented;
        }
        String[] segments = documented.substring(1).split("/", -1);
        int first = FieldNames.LEAD.indexOf(segments[0]);
        if (first < 0) {
            return documented;
        }
        StringBuilder out = new StringBuilder();
        out.append('/').append(sent(root, first, segments[0]));
        for (int k = 1; k < segments.length; k++) {
            int index = k == 1 && first == FieldNames.LEAD.indexOf("UserDetails")
                    ? FieldNames.USER_DETAILS.indexOf(segments[1]) : -1;
            out.append('/').append(index < 0 ? segments[k] : sent(details, index, segments[k]));
        }
        return out.toString();
    }

    private static String sent(String[] names, int index, String documented) {
        return names[index] == null ? documented : Pointers.escape(Pointers.cut(names[index]));
    }
}

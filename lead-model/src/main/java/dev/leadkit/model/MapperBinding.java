package dev.leadkit.model;

import dev.leadkit.model.internal.FieldNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an application's own Jackson 2 or Jackson 3 mapper builds the records: it hands over the whole object as a
 * map in document order (its untyped maps are {@code LinkedHashMap}s), and this class picks the documented fields
 * out by ASCII case, as {@link LeadJson} does, keeping every other member in its place. A record's any-setter would
 * not keep the order: Jackson 2.19 to 2.22 collect it in a {@code HashMap}, Jackson 3.1 reverses it.
 */
final class MapperBinding {
    private MapperBinding() {
    }

    static Lead lead(Map<String, Object> members) {
        String[] values = new String[FieldNames.LEAD.size()];
        UserDetails details = null;
        Map<String, Object> extra = new LinkedHashMap<>();
        boolean[] seen = new boolean[values.length];
        for (Map.Entry<String, Object> member : members.entrySet()) {
            int index = FieldNames.indexOf(FieldNames.LEAD, member.getKey());
            if (index < 0) {
                extra.put(member.getKey(), member.getValue());
                continue;
            }
            once(seen, index, FieldNames.LEAD, "");
            if (FieldNames.LEAD.get(index).equals("UserDetails")) {
                details = details(member.getValue());
            } else {
                values[index] = text(member.getValue());
            }
        }
        return new Lead(values[0], values[1], values[2], values[3], details, extra);
    }

    static UserDetails userDetails(Map<String, Object> members) {
        String[] values = new String[FieldNames.USER_DETAILS.size()];
        Map<String, Object> extra = new LinkedHashMap<>();
        boolean[] seen = new boolean[values.length];
        for (Map.Entry<String, Object> member : members.entrySet()) {
            int index = FieldNames.indexOf(FieldNames.USER_DETAILS, member.getKey());
            if (index < 0) {
                extra.put(member.getKey(), member.getValue());
                continue;
            }
            once(seen, index, FieldNames.USER_DETAILS, "/UserDetails");
            values[index] = text(member.getValue());
        }
        return new UserDetails(values[0], values[1], values[2], values[3], values[4], values[5], values[6], extra);
    }

    private static UserDetails details(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected an object or null at \"/UserDetails\" but found "
                    + kind(value));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) value;
        return userDetails(members);
    }

    private static void once(boolean[] seen, int index, List<String> names, String where) {
        if (seen[index]) {
            throw new IllegalArgumentException("expected " + names.get(index) + " at most once, in any case, at "
                    + (where.isEmpty() ? "the root" : "\"" + where + "\"") + " but found it again");
        }
        seen[index] = true;
    }

    /** A documented field: a string, or a number or boolean as its text (the mapper's, for numbers). */
    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("expected a string at a documented field but found " + kind(value));
    }

    private static String kind(Object value) {
        return value instanceof Map ? "an object" : value instanceof List ? "an array" : "a " + value.getClass()
                .getSimpleName();
    }
}

package dev.leadkit.model;

import dev.leadkit.model.internal.JsonNumbers;
import dev.leadkit.model.internal.Pointers;
import dev.leadkit.model.internal.Text;
import dev.leadkit.model.internal.Utf8;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, unmodifiable copies of plain JSON values: {@code String}, {@code Boolean}, {@code null}, numbers,
 * {@code List} and {@code Map<String, ?>}.
 *
 * <p>Numbers are held in one canonical form so that a value read back from JSON equals the value written,
 * whatever Java type it came in as: see {@link JsonNumbers}. Property names must be valid Unicode (no unpaired surrogate): JSON parsers, Jackson among them,
 * reject such names.
 */
final class JsonValues {
    private JsonValues() {
    }

    /**
     * Copies a map of properties, keeping insertion order and null values.
     *
     * @param properties the map to copy; null is read as empty
     * @param where the JSON pointer of the map, for error messages
     * @return an unmodifiable deep copy
     * @throws IllegalArgumentException if a key is null or a value is not a plain JSON value
     */
    static Map<String, Object> copyObject(Map<String, ?> properties, String where) {
        if (properties == null || properties.isEmpty()) {
            return FrozenJson.EMPTY_OBJECT; // not Collections.emptyMap(): its clear() and remove() do not throw
        }
        if (FrozenJson.isFrozen(properties)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> frozen = (Map<String, Object>) properties;
            return frozen;
        }
        Map<String, Object> copy = new LinkedHashMap<>(properties.size() * 2);
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            Object key = e.getKey();
            if (!(key instanceof String)) {
                throw new IllegalArgumentException("property name at " + Text.pointer(where)
                        + " must be a non-null String: " + (key == null ? "null" : key.getClass().getName()));
            }
            String name = (String) key;
            if (Utf8.firstUnpairedSurrogate(name) >= 0) {
                throw new IllegalArgumentException("property name at " + Text.pointer(where)
                        + " holds an unpaired surrogate, which JSON parsers reject in names: " + Text.quote(name));
            }
            copy.put(name, copy(e.getValue(), Pointers.child(where, name)));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Copies one JSON value.
     *
     * @param value the value
     * @param where the JSON pointer of the value, for error messages
     * @return the canonical, unmodifiable copy
     * @throws IllegalArgumentException if the value, or anything inside it, is not a plain JSON value
     */
    static Object copy(Object value, String where) {
        if (value == null || value instanceof String || value instanceof Boolean || FrozenJson.isFrozen(value)) {
            return value;
        }
        if (value instanceof Number) {
            return canonicalNumber((Number) value, where);
        }
        if (value instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> map = (Map<String, ?>) value;
            return copyObject(map, where);
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(copy(list.get(i), where + "/" + i));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("value at " + Text.pointer(where)
                + " is not a JSON value (String, Number, Boolean, null, List or Map): " + value.getClass().getName());
    }

    private static Object canonicalNumber(Number n, String where) {
        try {
            return JsonNumbers.canonical(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("number at " + Text.pointer(where) + " has no JSON form leadkit reads: "
                    + e.getMessage(), e);
        }
    }
}

package dev.leadkit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a plain JSON value of unknown meaning for an assertion message without revealing it: a string as its
 * masked form and length, a container as its size and keys; numbers, booleans and null as they are.
 */
final class JsonShape {
    private JsonShape() {
    }

    static String of(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number) {
            return String.valueOf(value) + (value instanceof Number ? " (" + value.getClass().getSimpleName() + ")"
                    : "");
        }
        if (value instanceof String) {
            String s = (String) value;
            return SafeText.quote(SafeText.name(s)) + " (a string of " + s.length() + " characters, masked)";
        }
        if (value instanceof List) {
            return "an array of " + ((List<?>) value).size() + " elements";
        }
        if (value instanceof Map) {
            List<String> keys = new ArrayList<>();
            ((Map<?, ?>) value).keySet().forEach(k -> keys.add(SafeText.quote(String.valueOf(k))));
            return "an object with keys " + keys;
        }
        return "a " + value.getClass().getName() + ", which is not a JSON value";
    }
}

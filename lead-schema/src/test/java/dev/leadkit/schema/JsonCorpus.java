package dev.leadkit.schema;

import dev.leadkit.model.internal.FieldNames;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded generator of well-formed JSON documents around the lead schemas: valid leads in both spellings, near-valid
 * ones with one or two values of the wrong type, chaotic objects with near-miss names (case, whitespace, wrong
 * level), duplicated keys, non-object roots, nested unknown values, and unicode in names and values.
 */
final class JsonCorpus {
    private static final List<String> ROOT = spellings(FieldNames.LEAD);
    private static final List<String> DETAILS = spellings(FieldNames.USER_DETAILS);
    private static final List<String> NEAR_MISSES = List.of("ACTIONCODE", "actioncode", "Userdetails", "USERDETAILS",
            "UserDetails ", " Email", "Email", "E-mail", "FirstName", "userDetail", "Descriptión", "Lead", "");
    private static final List<String> UNKNOWN = List.of("x", "a/b", "~0~1", "é", "中文", "😀", "MSFT_TEST_1",
            "\u0000nul", "tab\tkey", "$schema", "properties", "type", "null");
    private static final List<String> TEXTS = List.of("", " ", "Some", "One", "someone@contoso.com", "16175555555",
            "USA", "Contoso", "Esquire", "INS", "PLT", "AzureMarketplace-INS|contoso.my-offer.1", "Campaigns: ",
            "MSFT_TEST_636573304831318844@test.com", "Zoë Ünal", "山田 太郎", "emoji 😀 pair", "quote \" back \\ slash",
            "line\nbreak\ttab", "ctrl \u0001\u001f", "null", "5", "{\"not\":\"json\"}", "\u2028sep\u2029");
    private static final List<String> NUMBERS = List.of("0", "-1", "5", "1.0", "-0.5e-3", "1E+2",
            "123456789012345678901234567890", "3.141592653589793238462643383279");

    private final Random random;

    JsonCorpus(long seed) {
        random = new Random(seed);
    }

    /** The next document as JSON text. */
    String next() {
        int kind = random.nextInt(100);
        Object doc;
        if (kind < 30) {
            doc = validLead();
        } else if (kind < 60) {
            doc = mutate(validLead());
        } else if (kind < 88) {
            doc = chaos(ROOT, 0);
        } else if (kind < 95) {
            doc = withDuplicates(random.nextBoolean() ? validLead() : mutate(validLead()));
        } else {
            doc = random.nextBoolean() ? anyScalar() : array(2);
        }
        StringBuilder out = new StringBuilder();
        write(out, doc, random.nextInt(4) == 0);
        return out.toString();
    }

    /** Every declared property in either spelling, all strings; unknown members of any type beside them. */
    private List<Map.Entry<String, Object>> validLead() {
        List<Map.Entry<String, Object>> lead = new ArrayList<>();
        for (String name : subset(ROOT)) {
            boolean details = name.equalsIgnoreCase("UserDetails");
            lead.add(entry(name, details ? detailsObject() : string()));
        }
        addUnknown(lead, 2);
        return lead;
    }

    private List<Map.Entry<String, Object>> detailsObject() {
        List<Map.Entry<String, Object>> details = new ArrayList<>();
        for (String name : subset(DETAILS)) {
            details.add(entry(name, string()));
        }
        addUnknown(details, 1);
        return details;
    }

    /** One or two values replaced by another type, at the root or inside a details object. */
    private List<Map.Entry<String, Object>> mutate(List<Map.Entry<String, Object>> lead) {
        int mutations = 1 + random.nextInt(2);
        for (int i = 0; i < mutations && !lead.isEmpty(); i++) {
            Map.Entry<String, Object> target = lead.get(random.nextInt(lead.size()));
            if (isObject(target.getValue()) && random.nextBoolean()) {
                @SuppressWarnings("unchecked")
                List<Map.Entry<String, Object>> inner = (List<Map.Entry<String, Object>>) target.getValue();
                inner.get(random.nextInt(inner.size())).setValue(wrongValue());
                continue;
            }
            target.setValue(wrongValue());
        }
        return lead;
    }

    private static boolean isObject(Object value) {
        return value instanceof List && !((List<?>) value).isEmpty() && ((List<?>) value).get(0) instanceof Map.Entry;
    }

    /** Any value, containers a third of the time: wrong wherever a string or an object belongs. */
    private Object wrongValue() {
        switch (random.nextInt(6)) {
            case 0:
                return array(2);
            case 1:
                return chaos(DETAILS, 1);
            default:
                return anyScalar();
        }
    }

    /** An object with names from the pool, near misses and unknown names, and values of any type. */
    private List<Map.Entry<String, Object>> chaos(List<String> declared, int depth) {
        List<Map.Entry<String, Object>> object = new ArrayList<>();
        int size = random.nextInt(7);
        for (int i = 0; i < size; i++) {
            int pool = random.nextInt(10);
            String name = pool < 6 ? pick(declared) : pool < 8 ? pick(NEAR_MISSES) : pick(UNKNOWN);
            boolean details = name.equalsIgnoreCase("UserDetails");
            Object value = details && depth < 2 && random.nextInt(3) > 0 ? chaos(DETAILS, depth + 1) : any(depth + 1);
            object.add(entry(name, value));
        }
        return object;
    }

    private List<Map.Entry<String, Object>> withDuplicates(List<Map.Entry<String, Object>> lead) {
        int copies = 1 + random.nextInt(3);
        for (int i = 0; i < copies && !lead.isEmpty(); i++) {
            Map.Entry<String, Object> original = lead.get(random.nextInt(lead.size()));
            Object value = random.nextBoolean() ? wrongValue() : string();
            lead.add(random.nextInt(lead.size() + 1), entry(original.getKey(), value));
        }
        return lead;
    }

    private void addUnknown(List<Map.Entry<String, Object>> object, int max) {
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            object.add(random.nextInt(object.size() + 1), entry(pick(UNKNOWN), any(1)));
        }
    }

    private Object any(int depth) {
        int kind = random.nextInt(depth >= 3 ? 5 : 7);
        if (kind == 5) {
            return array(depth + 1);
        }
        if (kind == 6) {
            return chaos(random.nextBoolean() ? DETAILS : UNKNOWN, depth + 1);
        }
        return kind == 0 ? string() : anyScalar();
    }

    private Object anyScalar() {
        switch (random.nextInt(4)) {
            case 0:
                return "null";
            case 1:
                return pick(NUMBERS);
            case 2:
                return random.nextBoolean() ? "true" : "false";
            default:
                return string();
        }
    }

    private List<Object> array(int depth) {
        List<Object> array = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            array.add(any(depth + 1));
        }
        return array;
    }

    /** A JSON string literal, its non-ASCII characters sometimes escaped. */
    private Object string() {
        return new Text(pick(TEXTS));
    }

    private List<String> subset(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (random.nextInt(3) > 0) {
                out.add(name);
            }
        }
        return out;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Map.Entry<String, Object> entry(String name, Object value) {
        return new SimpleEntry<>(name, value);
    }

    /** A string value, kept apart from raw JSON literals such as "null" or "5". */
    private static final class Text {
        final String value;

        Text(String value) {
            this.value = value;
        }
    }

    private void write(StringBuilder out, Object value, boolean spaced) {
        if (value instanceof Text) {
            quote(out, ((Text) value).value);
        } else if (value instanceof String) {
            out.append((String) value);
        } else if (isObject(value)) {
            writeObject(out, (List<?>) value, spaced);
        } else {
            writeArrayOrEmptyObject(out, (List<?>) value, spaced);
        }
    }

    private void writeArrayOrEmptyObject(StringBuilder out, List<?> list, boolean spaced) {
        boolean emptyObject = list.isEmpty() && random.nextBoolean();
        out.append(emptyObject ? '{' : '[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : spaced ? ", " : ",");
            write(out, list.get(i), spaced);
        }
        out.append(emptyObject ? '}' : ']');
    }

    private void writeObject(StringBuilder out, List<?> members, boolean spaced) {
        out.append(spaced ? "{\n  " : "{");
        for (int i = 0; i < members.size(); i++) {
            Map.Entry<?, ?> member = (Map.Entry<?, ?>) members.get(i);
            out.append(i == 0 ? "" : spaced ? ",\n  " : ",");
            quote(out, (String) member.getKey());
            out.append(spaced ? " : " : ":");
            write(out, member.getValue(), spaced);
        }
        out.append(spaced ? "\n}" : "}");
    }

    private void quote(StringBuilder out, String text) {
        boolean escapeUnicode = random.nextInt(4) == 0;
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || escapeUnicode && c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static List<String> spellings(List<String> pascal) {
        List<String> out = new ArrayList<>();
        pascal.forEach(n -> out.addAll(List.of(n, FieldNames.camel(n))));
        return List.copyOf(out);
    }
}

package dev.leadkit.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The part of a draft-04 schema that {@link SchemaCheck} evaluates: the allowed types and the declared properties,
 * recursively. Read from the very schema text {@link LeadSchema#json()} returns, so the check cannot drift from the
 * published schema. Only the keywords the leadkit schemas use are understood; any other keyword is refused when the
 * schema is loaded rather than silently ignored.
 */
final class SchemaModel {
    /** The JSON types draft-04 names, as far as these schemas need them. */
    enum JsonType {
        OBJECT("object", "an object"),
        ARRAY("array", "an array"),
        STRING("string", "a string"),
        NUMBER("number", "a number"),
        BOOLEAN("boolean", "a boolean"),
        NULL("null", "null");

        final String keyword;
        final String article;

        JsonType(String keyword, String article) {
            this.keyword = keyword;
            this.article = article;
        }

        static JsonType of(JsonToken token) {
            switch (token) {
                case START_OBJECT:
                    return OBJECT;
                case START_ARRAY:
                    return ARRAY;
                case VALUE_STRING:
                    return STRING;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return NUMBER;
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return BOOLEAN;
                case VALUE_NULL:
                    return NULL;
                default:
                    throw new IllegalStateException("a value cannot start with " + token);
            }
        }

        static JsonType ofKeyword(String keyword) {
            for (JsonType t : values()) {
                if (t.keyword.equals(keyword)) {
                    return t;
                }
            }
            throw new IllegalStateException("unsupported schema type: " + keyword);
        }
    }

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "id", "title", "description");

    /** Allowed types; null when the schema has no {@code type} keyword (any type). */
    final Set<JsonType> types;
    /** Declared properties, case-sensitive; empty when none. */
    final Map<String, SchemaModel> properties;

    private SchemaModel(Set<JsonType> types, Map<String, SchemaModel> properties) {
        this.types = types;
        this.properties = properties;
    }

    boolean allows(JsonType type) {
        return types == null || types.contains(type);
    }

    /** "a string", "a string or null". */
    String expected() {
        StringBuilder out = new StringBuilder();
        for (JsonType t : types) {
            out.append(out.length() == 0 ? "" : " or ").append(t.article);
        }
        return out.toString();
    }

    static SchemaModel parse(JsonFactory factory, String schemaJson) {
        try (JsonParser p = factory.createParser(schemaJson)) {
            SchemaModel model = read(p, p.nextToken(), "#");
            if (p.nextToken() != null) {
                throw new IllegalStateException("schema has content after its root object");
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("reading a built-in schema failed", e);
        }
    }

    private static SchemaModel read(JsonParser p, JsonToken token, String where) throws IOException {
        expect(token == JsonToken.START_OBJECT, where, "a schema object");
        Set<JsonType> types = null;
        Map<String, SchemaModel> properties = Collections.emptyMap();
        for (String keyword = p.nextFieldName(); keyword != null; keyword = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            String at = where + "/" + keyword;
            if (ANNOTATIONS.contains(keyword)) {
                expect(value == JsonToken.VALUE_STRING, at, "a string");
            } else if (keyword.equals("definitions")) {
                expect(value == JsonToken.START_OBJECT && p.nextToken() == JsonToken.END_OBJECT, at, "{}");
            } else if (keyword.equals("additionalProperties")) {
                expect(value == JsonToken.VALUE_TRUE, at, "true");
            } else if (keyword.equals("type")) {
                types = readTypes(p, value, at);
            } else if (keyword.equals("properties")) {
                properties = readProperties(p, value, at);
            } else {
                throw new IllegalStateException("unsupported schema keyword at " + at);
            }
        }
        return new SchemaModel(types, properties);
    }

    private static Set<JsonType> readTypes(JsonParser p, JsonToken value, String at) throws IOException {
        Set<JsonType> types = EnumSet.noneOf(JsonType.class);
        if (value == JsonToken.VALUE_STRING) {
            types.add(JsonType.ofKeyword(p.getText()));
            return types;
        }
        expect(value == JsonToken.START_ARRAY, at, "a type name or an array of them");
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t == JsonToken.VALUE_STRING, at, "type names");
            types.add(JsonType.ofKeyword(p.getText()));
        }
        expect(!types.isEmpty(), at, "at least one type");
        return types;
    }

    private static Map<String, SchemaModel> readProperties(JsonParser p, JsonToken value, String at)
            throws IOException {
        expect(value == JsonToken.START_OBJECT, at, "an object");
        Map<String, SchemaModel> properties = new LinkedHashMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            if (properties.put(name, read(p, p.nextToken(), at + "/" + name)) != null) {
                throw new IllegalStateException("schema declares " + at + "/" + name + " twice");
            }
        }
        return Collections.unmodifiableMap(properties);
    }

    private static void expect(boolean condition, String at, String what) {
        if (!condition) {
            throw new IllegalStateException("schema keyword at " + at + " must be " + what);
        }
    }
}

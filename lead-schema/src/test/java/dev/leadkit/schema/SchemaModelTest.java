package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.schema.SchemaModel.JsonType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model the check runs on is the published schema text, read independently here with Jackson's tree model. */
class SchemaModelTest {
    private static final JsonFactory FACTORY = new JsonFactory();

    @ParameterizedTest
    @ValueSource(strings = {"latest", "revision2018", "tolerant"})
    void modelMatchesTheSchemaText(String which) throws IOException {
        String json = schema(which).json();
        SchemaModel model = SchemaModel.parse(FACTORY, json);
        assertMatches(new ObjectMapper().readTree(json), model, "#");
        assertThat(model.types).containsExactly(JsonType.OBJECT);
        assertThat(model.properties).containsKey("UserDetails");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"required\": [\"Email\"]}",
        "{\"additionalProperties\": false}",
        "{\"type\": \"integer\"}",
        "{\"type\": []}",
        "{\"properties\": {\"A\": {\"pattern\": \"x\"}}}",
        "{\"definitions\": {\"a\": {}}}",
        "{} {}",
        "{\"properties\": {\"A\": {}, \"A\": {}}}"})
    void refusesWhatItDoesNotEvaluate(String schema) {
        assertThatThrownBy(() -> SchemaModel.parse(FACTORY, schema)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema");
    }

    private static void assertMatches(JsonNode node, SchemaModel model, String where) {
        Set<JsonType> types = EnumSet.noneOf(JsonType.class);
        JsonNode type = node.path("type");
        if (type.isTextual()) {
            types.add(JsonType.valueOf(type.asText().toUpperCase()));
        } else {
            type.forEach(t -> types.add(JsonType.valueOf(t.asText().toUpperCase())));
        }
        if (node.has("type")) {
            assertThat(model.types).as(where).isEqualTo(types);
        } else {
            assertThat(model.types).as(where).isNull();
        }
        List<String> names = new ArrayList<>();
        node.path("properties").fieldNames().forEachRemaining(names::add);
        assertThat(model.properties.keySet()).as(where).containsExactlyElementsOf(names);
        for (Map.Entry<String, SchemaModel> e : model.properties.entrySet()) {
            assertMatches(node.path("properties").path(e.getKey()), e.getValue(), where + "/" + e.getKey());
        }
    }

    static LeadSchema schema(String which) {
        switch (which) {
            case "latest":
                return LeadSchema.latest();
            case "revision2018":
                return LeadSchema.revision2018();
            case "tolerant":
                return LeadSchema.tolerant();
            default:
                throw new IllegalArgumentException(which);
        }
    }
}

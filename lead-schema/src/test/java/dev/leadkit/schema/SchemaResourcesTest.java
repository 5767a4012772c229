package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.model.internal.FieldNames;
import dev.leadkit.seeds.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaResourcesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void latestIsTheFrenchGuidesSchemaByteForByte() throws IOException {
        byte[] seed = Seeds.schema(Seeds.REVISION_2020).getBytes(StandardCharsets.UTF_8);
        assertThat(resource("lead-2020.schema.json")).isEqualTo(seed);
        assertThat(LeadSchema.latest().json().getBytes(StandardCharsets.UTF_8)).isEqualTo(seed);
        assertThat(LeadSchema.latest().json()).contains("\"Description\"", "https://json-schema.org/draft-04/schema#");
    }

    @Test
    void revision2018IsThePortugueseGuidesSchemaByteForByte() throws IOException {
        byte[] seed = Seeds.schema(Seeds.REVISION_2018).getBytes(StandardCharsets.UTF_8);
        assertThat(resource("lead-2018.schema.json")).isEqualTo(seed);
        assertThat(LeadSchema.revision2018().json().getBytes(StandardCharsets.UTF_8)).isEqualTo(seed);
        assertThat(LeadSchema.revision2018().json()).doesNotContain("Description")
                .contains("\"http://json-schema.org/draft-04/schema#\"");
    }

    /** The fence body keeps the line feed of its last line, and nothing after it: the file ends with one newline. */
    @Test
    void everySchemaEndsWithExactlyOneNewline() {
        for (LeadSchema schema : List.of(LeadSchema.latest(), LeadSchema.revision2018(), LeadSchema.tolerant())) {
            assertThat(schema.json()).as(schema.toString()).endsWith("}\n").doesNotEndWith("\n\n")
                    .doesNotContain("\r");
        }
    }

    @Test
    void tolerantSchemaDeclaresBothSpellingsAsNullableStrings() throws IOException {
        JsonNode root = MAPPER.readTree(LeadSchema.tolerant().json());
        assertThat(root.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-04/schema#");
        assertThat(root.path("type").asText()).isEqualTo("object");
        assertThat(root.has("additionalProperties")).isFalse();
        assertThat(names(root.path("properties"))).containsExactlyInAnyOrderElementsOf(bothSpellings(FieldNames.LEAD));
        for (String name : bothSpellings(FieldNames.LEAD)) {
            JsonNode property = root.path("properties").path(name);
            if (name.equalsIgnoreCase("UserDetails")) {
                assertThat(types(property)).as(name).containsExactly("object", "null");
                assertThat(names(property.path("properties"))).as(name)
                        .containsExactlyInAnyOrderElementsOf(bothSpellings(FieldNames.USER_DETAILS));
                property.path("properties").forEach(p -> assertThat(types(p)).containsExactly("string", "null"));
            } else {
                assertThat(types(property)).as(name).containsExactly("string", "null");
            }
        }
    }

    private static List<String> bothSpellings(List<String> pascal) {
        List<String> out = new ArrayList<>();
        pascal.forEach(n -> out.addAll(List.of(n, FieldNames.camel(n))));
        return out;
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> types(JsonNode schema) {
        List<String> out = new ArrayList<>();
        schema.path("type").forEach(t -> out.add(t.asText()));
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LeadSchema.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}

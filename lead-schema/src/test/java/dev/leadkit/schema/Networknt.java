package dev.leadkit.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference: networknt json-schema-validator 2.0 on draft-04, fed by Jackson's default {@code ObjectMapper}
 * tree model (so a duplicated key counts by its last occurrence, and malformed JSON throws).
 */
final class Networknt {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));
    private static final Map<LeadSchema, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Networknt() {
    }

    /** The JSON Pointers networknt reports for a well-formed document; empty if it is valid. */
    static Set<String> failingPointers(LeadSchema schema, String json) {
        Schema compiled = SCHEMAS.computeIfAbsent(schema, s -> REGISTRY.getSchema(s.json()));
        Set<String> pointers = new TreeSet<>();
        try {
            for (Error e : compiled.validate(MAPPER.readTree(json))) {
                pointers.add(e.getInstanceLocation().toString());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the reference cannot parse a corpus document", e);
        }
        return pointers;
    }
}

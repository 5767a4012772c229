package dev.leadkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.leadkit.schema.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes one compact JSON object as one line, for {@code --format json}. */
final class JsonLine {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The fields of the object. */
    interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonLine() {
    }

    static String of(Fields fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }

    /** {@code "violations":[{"pointer":..., "code":..., "detail":...}]}. */
    static void violations(JsonGenerator g, List<Violation> violations) throws IOException {
        g.writeArrayFieldStart("violations");
        for (Violation v : violations) {
            g.writeStartObject();
            g.writeStringField("pointer", v.pointer());
            g.writeStringField("code", v.code());
            g.writeStringField("detail", v.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}

package dev.leadkit.receiver;

import dev.leadkit.schema.ValidationReport;
import dev.leadkit.schema.Violation;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes the response bodies of a {@link Reception}: compact UTF-8 JSON. */
final class ProblemJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ProblemJson() {
    }

    static byte[] problem(Reception.Rejected r) {
        return write(g -> {
            g.writeStringField("type", r.type());
            g.writeStringField("title", r.title());
            g.writeNumberField("status", r.status());
            g.writeStringField("detail", r.detail());
            violations(g, "errors", r.errors());
        });
    }

    static byte[] accepted(ValidationReport report) {
        return write(g -> {
            g.writeNumberField("status", 202);
            g.writeStringField("title", "Lead accepted");
            g.writeBooleanField("valid", report.isValid());
            violations(g, "violations", report.violations());
        });
    }

    private static void violations(JsonGenerator g, String name, List<Violation> violations) throws IOException {
        g.writeArrayFieldStart(name);
        for (Violation v : violations) {
            g.writeStartObject();
            g.writeStringField("pointer", v.pointer());
            g.writeStringField("code", v.code());
            g.writeStringField("detail", v.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] write(Fields fields) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(256)) {
            try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                fields.write(g);
                g.writeEndObject();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }
}

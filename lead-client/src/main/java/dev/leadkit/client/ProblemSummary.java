package dev.leadkit.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Summarises an RFC 9457 {@code application/problem+json} answer (as leadkit's {@code LeadReceiver} gives) as
 * {@code title: detail; errors: pointer (code), ...}, so that the violation is not cut off behind raw JSON. Reads
 * what it can of a body cut at the capture limit; the summary is redacted like any excerpt.
 */
final class ProblemSummary {
    private static final JsonFactory JSON = new JsonFactory();

    private ProblemSummary() {
    }

    static boolean isProblem(String contentType) {
        return contentType.toLowerCase(Locale.ROOT).strip().startsWith("application/problem+json");
    }

    /** The summary, or empty if the body is not a JSON object with a title, detail or errors. */
    static Optional<String> of(byte[] body) {
        String title = null;
        String detail = null;
        StringJoiner errors = new StringJoiner(", ");
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("title") && value == JsonToken.VALUE_STRING) {
                    title = p.getText();
                } else if (name.equals("detail") && value == JsonToken.VALUE_STRING) {
                    detail = p.getText();
                } else if (name.equals("errors") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        errors.add(error(p));
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            // cut at the capture limit or malformed: summarise what was read
        }
        if (title == null && detail == null && errors.length() == 0) {
            return Optional.empty();
        }
        return Optional.of((title == null ? "" : title) + (title != null && detail != null ? ": " : "")
                + (detail == null ? "" : detail) + (errors.length() == 0 ? "" : "; errors: " + errors));
    }

    private static String error(JsonParser p) throws IOException {
        String pointer = "";
        String code = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("pointer") && value == JsonToken.VALUE_STRING) {
                pointer = p.getText();
            } else if (name.equals("code") && value == JsonToken.VALUE_STRING) {
                code = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return pointer + (code.isEmpty() ? "" : " (" + code + ")");
    }
}

package dev.leadkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.leadkit.schema.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a lead endpoint's answer body says, read back from JSON: {@code valid} and {@code violations} of a 202, or
 * {@code detail} and {@code errors} of a problem. Anything it cannot read is left out.
 *
 * @param valid the 202's verdict, or null if absent
 * @param detail the problem's detail, or null if absent
 * @param items the violations or errors, in order
 */
record Answer(Boolean valid, String detail, List<Violation> items) {
    private static final JsonFactory FACTORY = new JsonFactory();

    static Answer read(String body) {
        Boolean valid = null;
        String detail = null;
        List<Violation> items = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Answer(null, null, List.of());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("valid") && value.isBoolean()) {
                    valid = value == JsonToken.VALUE_TRUE;
                } else if (name.equals("detail") && value == JsonToken.VALUE_STRING) {
                    detail = p.getText();
                } else if ((name.equals("violations") || name.equals("errors")) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        items.add(item(p));
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a cut or foreign body: keep what was read
        }
        return new Answer(valid, detail, items);
    }

    private static Violation item(JsonParser p) throws IOException {
        String pointer = "";
        String code = "?";
        String detail = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
            p.skipChildren();
            if (text != null && name.equals("pointer") && (text.isEmpty() || text.startsWith("/"))) {
                pointer = text;
            } else if (text != null && name.equals("code") && !text.isEmpty()) {
                code = text;
            } else if (text != null && name.equals("detail")) {
                detail = text;
            }
        }
        return new Violation(pointer, code, detail);
    }
}

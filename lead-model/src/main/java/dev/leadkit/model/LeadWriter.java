package dev.leadkit.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.leadkit.model.internal.FieldNames;
import dev.leadkit.model.internal.Utf8;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** The streaming writer behind {@link LeadJson#writeBytes(Lead)}. */
final class LeadWriter {
    private static final SerializableString[] LEAD_PASCAL = names(FieldNames.LEAD, false);
    private static final SerializableString[] LEAD_CAMEL = names(FieldNames.LEAD, true);
    private static final SerializableString[] DETAILS_PASCAL = names(FieldNames.USER_DETAILS, false);
    private static final SerializableString[] DETAILS_CAMEL = names(FieldNames.USER_DETAILS, true);

    private LeadWriter() {
    }

    static void write(JsonGenerator g, Lead lead, boolean camelCase) throws IOException {
        SerializableString[] names = camelCase ? LEAD_CAMEL : LEAD_PASCAL;
        g.writeStartObject();
        writeString(g, names[0], lead.actionCode());
        writeString(g, names[1], lead.offerTitle());
        writeString(g, names[2], lead.leadSource());
        writeString(g, names[3], lead.description());
        if (lead.hasUserDetails()) {
            g.writeFieldName(names[4]);
            writeUserDetails(g, lead.userDetails(), camelCase ? DETAILS_CAMEL : DETAILS_PASCAL);
        }
        writeMembers(g, lead.additionalProperties());
        g.writeEndObject();
    }

    private static void writeUserDetails(JsonGenerator g, UserDetails d, SerializableString[] names)
            throws IOException {
        g.writeStartObject();
        writeString(g, names[0], d.firstName());
        writeString(g, names[1], d.lastName());
        writeString(g, names[2], d.email());
        writeString(g, names[3], d.phone());
        writeString(g, names[4], d.country());
        writeString(g, names[5], d.company());
        writeString(g, names[6], d.title());
        writeMembers(g, d.additionalProperties());
        g.writeEndObject();
    }

    private static void writeString(JsonGenerator g, SerializableString name, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            writeText(g, value);
        }
    }

    private static void writeMembers(JsonGenerator g, Map<String, Object> members) throws IOException {
        for (Map.Entry<String, Object> member : members.entrySet()) {
            g.writeFieldName(member.getKey());
            writeValue(g, member.getValue());
        }
    }

    /** Writes one plain value; the records guarantee only these types reach here. */
    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String) {
            writeText(g, (String) value);
        } else if (value instanceof Boolean) {
            g.writeBoolean((Boolean) value);
        } else if (value instanceof Long) {
            g.writeNumber((Long) value);
        } else if (value instanceof BigInteger) {
            g.writeNumber((BigInteger) value);
        } else if (value instanceof BigDecimal) {
            g.writeNumber((BigDecimal) value);
        } else if (value instanceof Map) {
            g.writeStartObject();
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) value;
            writeMembers(g, members);
            g.writeEndObject();
        } else if (value instanceof List) {
            g.writeStartArray();
            for (Object element : (List<?>) value) {
                writeValue(g, element);
            }
            g.writeEndArray();
        } else {
            throw new IllegalStateException("not a canonical JSON value: " + value.getClass().getName());
        }
    }

    /**
     * A string value. One holding an unpaired surrogate (valid JSON as an escape, read as such) is escaped here,
     * as writeString escapes other text: jackson-core's generators disagree on it between versions (2.18 does not
     * write it back as it was read).
     */
    private static void writeText(JsonGenerator g, String value) throws IOException {
        if (Utf8.firstUnpairedSurrogate(value) < 0) {
            g.writeString(value);
            return;
        }
        StringBuilder out = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                out.append(c).append(value.charAt(++i)); // a pair: written as its UTF-8, as writeString does
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                int shortForm = "\b\t\n\f\r".indexOf(c);
                out.append(shortForm >= 0 ? "\\" + "btnfr".charAt(shortForm) : String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        g.writeRawValue(out.append('"').toString());
    }

    private static SerializableString[] names(List<String> pascal, boolean camelCase) {
        SerializableString[] names = new SerializableString[pascal.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = new SerializedString(camelCase ? FieldNames.camel(pascal.get(i)) : pascal.get(i));
        }
        return names;
    }
}

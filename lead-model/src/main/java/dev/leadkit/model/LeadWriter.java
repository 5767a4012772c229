package dev.leadkit.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.leadkit.model.internal.FieldNames;
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
            g.writeString(value);
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
            g.writeString((String) value);
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

    private static SerializableString[] names(List<String> pascal, boolean camelCase) {
        SerializableString[] names = new SerializableString[pascal.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = new SerializedString(camelCase ? FieldNames.camel(pascal.get(i)) : pascal.get(i));
        }
        return names;
    }
}

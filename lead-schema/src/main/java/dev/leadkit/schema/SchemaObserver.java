package dev.leadkit.schema;

import com.fasterxml.jackson.core.JsonToken;
import dev.leadkit.model.internal.FieldNames;
import dev.leadkit.model.internal.MemberObserver;
import dev.leadkit.model.internal.Pointers;
import dev.leadkit.schema.SchemaModel.JsonType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schema check that rides along with {@code LeadJson}'s reading ({@link LeadSchema#read(byte[])}): it sees
 * each member of the root and of {@code UserDetails} and checks the declared ones' types. Exact only for a
 * {@link #fits fitting} schema and a document LeadJson reads: then no key repeats and every value LeadJson does not
 * look into lies where the schema declares nothing, so the violations, and their order, are those of
 * {@link SchemaCheck#check}. One instance per read; not thread-safe.
 */
final class SchemaObserver implements MemberObserver {
    private static final int USER_DETAILS = FieldNames.LEAD.indexOf("UserDetails");

    private final SchemaModel root;
    private List<Violation> found;

    SchemaObserver(SchemaModel root) {
        this.root = root;
    }

    /**
     * Whether a schema fits the observer: it allows an object at the root, and declares nested properties only
     * under a key that LeadJson reads as UserDetails, themselves without nested properties.
     */
    static boolean fits(SchemaModel root) {
        if (!root.allows(JsonType.OBJECT)) {
            return false;
        }
        for (Map.Entry<String, SchemaModel> declared : root.properties.entrySet()) {
            boolean userDetails = FieldNames.indexOf(FieldNames.LEAD, declared.getKey()) == USER_DETAILS;
            if (!declared.getValue().properties.isEmpty() && !userDetails) {
                return false;
            }
            for (SchemaModel nested : declared.getValue().properties.values()) {
                if (!nested.properties.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void member(String parent, String key, JsonToken value) {
        SchemaModel object = parent == null ? root : root.properties.get(parent);
        SchemaModel declared = object == null ? null : object.properties.get(key);
        if (declared == null) {
            return;
        }
        JsonType type = JsonType.of(value);
        if (!declared.allows(type)) {
            String pointer = parent == null ? Pointers.child("", key) : Pointers.child(Pointers.child("", parent), key);
            if (found == null) {
                found = new ArrayList<>(2);
            }
            found.add(new Violation(pointer, SchemaCheck.TYPE,
                    "expected " + declared.expected() + " but found " + type.article));
        }
    }

    ValidationReport report() {
        return found == null ? ValidationReport.of(List.of()) : ValidationReport.of(found);
    }
}

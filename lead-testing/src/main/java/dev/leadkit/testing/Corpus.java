package dev.leadkit.testing;

import dev.leadkit.model.LeadParseException.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Collects the hostile payloads of {@link HostileCorpus}; each category class adds its own. Not thread-safe. */
final class Corpus {
    static final List<ExpectedViolation> VALID = List.of();

    private final List<Entry> entries = new ArrayList<>();

    /** A payload given as JSON text, sent as its UTF-8 bytes. */
    Entry json(String name, String description, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return bytes(name, description, bytes);
    }

    /** A payload given as exact bytes, held in memory. */
    Entry bytes(String name, String description, byte[] bytes) {
        byte[] copy = bytes.clone();
        return lazy(name, description, copy::clone);
    }

    /** A large payload, generated on each use. */
    Entry lazy(String name, String description, Supplier<byte[]> bytes) {
        Entry entry = new Entry(name, description, bytes);
        entries.add(entry);
        return entry;
    }

    List<HostilePayload> build() {
        Set<String> names = new LinkedHashSet<>();
        List<HostilePayload> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!names.add(e.name)) {
                throw new IllegalStateException("two hostile payloads are named " + e.name);
            }
            if (e.latest == null || e.tolerant == null) {
                throw new IllegalStateException("hostile payload " + e.name + " lacks its schema outcomes");
            }
            out.add(new HostilePayload(e.name, e.description, e.bytes, e.problem, e.pointer, e.latest, e.tolerant));
        }
        return Collections.unmodifiableList(out);
    }

    /** Text, then raw bytes, then text: for payloads with ill-formed UTF-8 in the middle. */
    static byte[] concat(String before, int[] raw, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : raw) {
            out.write(b);
        }
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static List<ExpectedViolation> syntax(String pointer) {
        return List.of(new ExpectedViolation(pointer, "syntax"));
    }

    static List<ExpectedViolation> limit(String pointer) {
        return List.of(new ExpectedViolation(pointer, "limit"));
    }

    /** {@code type} violations at the pointers, in order. */
    static List<ExpectedViolation> type(String... pointers) {
        List<ExpectedViolation> out = new ArrayList<>();
        for (String pointer : pointers) {
            out.add(new ExpectedViolation(pointer, "type"));
        }
        return out;
    }

    /** A pointer of {@code count} copies of {@code /segment} after {@code prefix}. */
    static String repeat(String prefix, String segment, int count) {
        return prefix + ("/" + segment).repeat(count);
    }

    /** One payload's stated outcome, filled in by the category classes. */
    static final class Entry {
        private final String name;
        private final String description;
        private final Supplier<byte[]> bytes;
        private Problem problem;
        private String pointer;
        private List<ExpectedViolation> latest;
        private List<ExpectedViolation> tolerant;

        private Entry(String name, String description, Supplier<byte[]> bytes) {
            this.name = name;
            this.description = description;
            this.bytes = bytes;
        }

        /** {@code LeadJson.defaults().read} returns a lead. */
        Entry readable() {
            problem = null;
            pointer = null;
            return this;
        }

        /** {@code LeadJson.defaults().read} throws with this problem at this pointer. */
        Entry fails(Problem problem, String pointer) {
            this.problem = problem;
            this.pointer = pointer;
            return this;
        }

        /** Both schemas report the same. */
        Entry schemas(List<ExpectedViolation> both) {
            return schemas(both, both);
        }

        Entry schemas(List<ExpectedViolation> latest, List<ExpectedViolation> tolerant) {
            this.latest = latest;
            this.tolerant = tolerant;
            return this;
        }
    }
}

package dev.leadkit.testing;

import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import dev.leadkit.schema.LeadSchema;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One bad, odd or hostile request body from {@link TestLeads#hostile()}, with the outcome it gets from leadkit:
 * from {@link LeadJson#defaults()} (read, or refused with a {@link LeadParseException.Problem} at a pointer) and from
 * {@link LeadSchema#latest()} and {@link LeadSchema#tolerant()} (valid, or the pointer and code of each violation, in
 * report order).
 *
 * <p>The corpus documents behaviour; it does not pretend everything fails. Some payloads are read on purpose: a
 * UTF-8 byte order mark, CR LF written as {@code \r\n} escapes inside a string, a number where a string belongs
 * (read as its JSON text, yet a {@code type} violation under both schemas), a {@code null} (absent for
 * {@code LeadJson}, a {@code type} violation under the documented schema), look-alike keys, injection strings. A
 * receiver built on {@code LeadJson} should answer 2xx exactly when {@link #isReadable()} is true.
 *
 * <p>Immutable and thread-safe. The largest payloads (over a megabyte) are generated on each call of
 * {@link #bytes()} rather than held in memory. {@link #toString()} is the name, so a parameterized test shows it.
 */
public final class HostilePayload {
    private final String name;
    private final String description;
    private final Supplier<byte[]> bytes;
    private final LeadParseException.Problem readProblem;
    private final String readPointer;
    private final List<ExpectedViolation> latest;
    private final List<ExpectedViolation> tolerant;

    HostilePayload(String name, String description, Supplier<byte[]> bytes, LeadParseException.Problem readProblem,
            String readPointer, List<ExpectedViolation> latest, List<ExpectedViolation> tolerant) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.readProblem = readProblem;
        this.readPointer = readPointer;
        this.latest = List.copyOf(latest);
        this.tolerant = List.copyOf(tolerant);
    }

    /**
     * The payload's stable name, unique in the corpus, such as {@code duplicate-email-and-camel-email}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * What the payload is and why it matters, in one English sentence.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The request body.
     *
     * @return a fresh array; generated anew on each call for the large payloads
     */
    public byte[] bytes() {
        return bytes.get();
    }

    /**
     * Whether {@code LeadJson.defaults().read(bytes())} returns a lead.
     *
     * @return true if it is read, false if it throws {@link LeadParseException}
     */
    public boolean isReadable() {
        return readProblem == null;
    }

    /**
     * The problem {@code LeadJson.defaults().read(bytes())} reports.
     *
     * @return the problem, or empty if the payload is read
     */
    public Optional<LeadParseException.Problem> readProblem() {
        return Optional.ofNullable(readProblem);
    }

    /**
     * Where {@code LeadJson.defaults().read(bytes())} reports the failure, as {@link LeadParseException#pointer()}.
     *
     * @return the pointer ({@code ""} for the root), or empty if the payload is read
     */
    public Optional<String> readPointer() {
        return Optional.ofNullable(readPointer);
    }

    /**
     * The violations {@code LeadSchema.latest().validate(bytes())} reports, in order.
     *
     * @return an unmodifiable list; empty means valid
     */
    public List<ExpectedViolation> latestViolations() {
        return latest;
    }

    /**
     * The violations {@code LeadSchema.tolerant().validate(bytes())} reports, in order.
     *
     * @return an unmodifiable list; empty means valid
     */
    public List<ExpectedViolation> tolerantViolations() {
        return tolerant;
    }

    /** The name. */
    @Override
    public String toString() {
        return name;
    }
}

package dev.leadkit.testing;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One named sample lead from {@link TestLeads}: the raw JSON bytes as a receiver gets them, and the {@link Lead}
 * that {@link LeadJson#defaults()} reads from them.
 *
 * <p>Immutable and thread-safe: {@link #bytes()} returns a fresh copy. {@link #toString()} shows the name only,
 * never the personal data in the sample.
 */
public final class LeadSample {
    private final String name;
    private final String description;
    private final byte[] bytes;
    private final Lead lead;

    LeadSample(String name, String description, byte[] bytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.bytes = bytes.clone();
        this.lead = LeadJson.defaults().read(this.bytes);
    }

    /**
     * The sample's stable name, such as {@code documented-2020}; {@link TestLeads#sample(String)} finds it by this
     * name.
     *
     * @return the name, lower-case words joined by {@code -}
     */
    public String name() {
        return name;
    }

    /**
     * What the sample is and where its shape comes from, in one English sentence.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The lead read from {@link #bytes()} with {@link LeadJson#defaults()}.
     *
     * @return the lead, never null
     */
    public Lead lead() {
        return lead;
    }

    /**
     * The raw JSON document, UTF-8 without a byte order mark, exactly as shipped.
     *
     * @return a fresh copy of the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The raw JSON document as text.
     *
     * @return {@link #bytes()} decoded as UTF-8
     */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Equal when the name and the bytes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LeadSample && ((LeadSample) o).name.equals(name)
                && Arrays.equals(((LeadSample) o).bytes, bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    /** The name only, such as {@code LeadSample[documented-2020]}: the sample holds personal-looking data. */
    @Override
    public String toString() {
        return "LeadSample[" + name + "]";
    }
}

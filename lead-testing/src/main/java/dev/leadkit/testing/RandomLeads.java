package dev.leadkit.testing;

import dev.leadkit.model.Lead;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A reproducible, endless sequence of realistic random leads: {@code lead(0)}, {@code lead(1)}, ... are fixed by the
 * seed, on every JVM and in every locale (the generator uses its own SplitMix64 and ordered value lists, nothing that
 * depends on hash order, the default locale or the JDK's random algorithms).
 *
 * <p>The leads look like real traffic and vary widely: names in many scripts (Latin with diacritics, decomposed
 * accents, Greek, Cyrillic, Arabic and Hebrew right-to-left text, CJK including a supplementary character, emoji),
 * composite and plain lead sources, known and unknown action codes, free-text phones and countries, absent fields,
 * empty and whitespace-only strings, missing {@code UserDetails}, {@code .edu} leads without personal data,
 * {@code MSFT_TEST_} leads, values up to the default size limits, and properties the schema does not name at the root
 * and in {@code UserDetails}, of every JSON type (string, integer, big integer, decimal, boolean, null, array,
 * object). Every lead reads back unchanged from {@code LeadJson.defaults().write(lead)}.
 *
 * <p>By default every lead is valid under {@code LeadValidator.defaults()}. With {@link Builder#invalid(boolean)}
 * every lead breaks exactly one default rule, so that validator reports exactly one violation: either an e-mail
 * address that is not syntactically valid (code {@code email} at {@code /UserDetails/Email}), or one documented
 * field 1 to 100 characters longer than its default limit (code {@code size}; 1,024 characters, 32,000 for
 * {@code Description}; never the e-mail). An invalid lead is still well-formed: it writes and reads as JSON.
 *
 * <p>Immutable and thread-safe; {@link #lead(long)} computes each lead afresh, so leads can be drawn in any order
 * and from any thread.
 */
public final class RandomLeads {
    /** Default seed of the builder: {@value}. */
    public static final long DEFAULT_SEED = 0;

    private final long seed;
    private final boolean invalid;

    private RandomLeads(Builder b) {
        seed = b.seed;
        invalid = b.invalid;
    }

    /**
     * Valid random leads from a seed.
     *
     * @param seed the seed; the same seed gives the same leads
     * @return the sequence
     */
    public static RandomLeads of(long seed) {
        return builder().seed(seed).build();
    }

    /**
     * Starts a builder: seed {@value #DEFAULT_SEED}, valid leads.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding these settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return builder().seed(seed).invalid(invalid);
    }

    /**
     * The lead at a position of the sequence.
     *
     * @param index the position, 0 for the first
     * @return the lead; equal leads for equal settings and index
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Lead lead(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        SplitMix random = new SplitMix(SplitMix.derive(seed, index));
        return invalid ? LeadGenerator.invalid(random) : LeadGenerator.valid(random);
    }

    /**
     * The sequence as an endless, ordered stream: {@code lead(0)}, {@code lead(1)}, ...; limit it.
     *
     * @return a new stream
     */
    public Stream<Lead> stream() {
        return LongStream.iterate(0, i -> i + 1).mapToObj(this::lead);
    }

    /**
     * The seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Whether every lead breaks exactly one default validation rule.
     *
     * @return true for invalid leads
     */
    public boolean invalid() {
        return invalid;
    }

    @Override
    public String toString() {
        return "RandomLeads[seed=" + seed + ", invalid=" + invalid + "]";
    }

    /** Configures {@link RandomLeads}. Not thread-safe; {@link #build()} freezes the settings. */
    public static final class Builder {
        private long seed = DEFAULT_SEED;
        private boolean invalid;

        private Builder() {
        }

        /**
         * Sets the seed. Default {@value RandomLeads#DEFAULT_SEED}.
         *
         * @param seed any number
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Asks for leads that each break exactly one default rule of {@code LeadValidator.defaults()}: a bad
         * e-mail address ({@code email}) or a field over its default size limit ({@code size}). Default false.
         *
         * @param invalid true for invalid leads
         * @return this builder
         */
        public Builder invalid(boolean invalid) {
            this.invalid = invalid;
            return this;
        }

        /**
         * Builds the sequence.
         *
         * @return the immutable sequence
         */
        public RandomLeads build() {
            return new RandomLeads(this);
        }
    }
}

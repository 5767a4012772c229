package dev.leadkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The lead documents every contender reads: the same bytes for all, from this module's resources. */
public final class Inputs {
    /** Microsoft's documented 2020 sample, PascalCase. */
    public static final String SAMPLE_2020 = "sample-2020";
    /** A lead as Microsoft really sends it: camelCase keys, non-ASCII names. */
    public static final String CAMEL_CASE = "camel-case";
    /** About 2 KiB: the documented fields plus nested objects, arrays, numbers and booleans the schema does not name. */
    public static final String UNKNOWN_FIELDS = "unknown-fields-2k";
    /** All of them, in the order the report lists them. */
    public static final List<String> ALL = List.of(SAMPLE_2020, CAMEL_CASE, UNKNOWN_FIELDS);

    private Inputs() {
    }

    /**
     * The bytes of one input.
     *
     * @param name one of {@link #ALL}
     * @return a fresh copy of the UTF-8 document
     * @throws IllegalArgumentException if there is no such input
     */
    public static byte[] bytes(String name) {
        try (InputStream in = Inputs.class.getResourceAsStream(name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no benchmark input named " + name + "; known: " + ALL);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the benchmark input " + name + " failed", e);
        }
    }
}

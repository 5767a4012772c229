package dev.leadkit.cli;

import java.util.List;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014), written out here so that the random leads depend on nothing the JDK may
 * change between versions: the same seed gives the same numbers on every JVM. Not thread-safe; one per lead.
 */
final class SplitMix {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SplitMix(long seed) {
        this.state = seed;
    }

    /** The seed of the lead at {@code index} of a sequence: mixed, so neighbouring leads share no draws. */
    static long derive(long seed, long index) {
        return mix(seed + mix(index * GOLDEN_GAMMA + GOLDEN_GAMMA));
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** A number in {@code [0, bound)}; the modulo bias is below 2^-31 for the small bounds used here. */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** A number in {@code [from, to]}. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    /** True with the given chance in percent. */
    boolean percent(int chance) {
        return nextInt(100) < chance;
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

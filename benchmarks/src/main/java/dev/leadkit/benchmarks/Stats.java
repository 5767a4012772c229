package dev.leadkit.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics for the cold-start samples. */
final class Stats {
    private Stats() {
    }

    /** The median: the mean of the two middle values for an even count. */
    static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    /**
     * A quantile with linear interpolation between order statistics (type 7, as in R and NumPy's default).
     *
     * @param q between 0 (the minimum) and 1 (the maximum)
     */
    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values must not be empty");
        }
        if (q < 0 || q > 1) {
            throw new IllegalArgumentException("q must be within [0, 1]: " + q);
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }
}

package dev.leadkit.benchmarks;

import java.util.Locale;

/**
 * One line of the report's table: a figure, its baseline, their ratio from the same run, and the goal if there is one.
 *
 * @param measurement the measurement number, 1 to 6
 * @param figure what is measured
 * @param input the input document, or "" if none
 * @param value the measured figure, formatted; "missing" if it did not run
 * @param baseline the baseline figure and what it is, formatted
 * @param ratio value over baseline; NaN when there is no ratio (a count, or a missing figure)
 * @param goal the goal, or null for a figure shown for context
 * @param ran whether the figures the goal needs were measured
 * @param met whether the goal is met; ignored without a goal or when it did not run
 */
record Row(int measurement, String figure, String input, String value, String baseline, double ratio, Goal goal,
        boolean ran, boolean met) {

    /** A bound on a ratio or a count. */
    record Goal(boolean atMost, double bound, String unit) {
        static Goal atMost(double bound) {
            return new Goal(true, bound, "×");
        }

        static Goal atLeast(double bound) {
            return new Goal(false, bound, "×");
        }

        static Goal countAtMost(int bound) {
            return new Goal(true, bound, "");
        }

        boolean metBy(double x) {
            return !Double.isNaN(x) && (atMost ? x <= bound : x >= bound);
        }

        @Override
        public String toString() {
            String number = unit.isEmpty() ? String.valueOf((long) bound) : String.format(Locale.ROOT, "%.2f", bound);
            return (atMost ? "≤ " : "≥ ") + number + unit;
        }
    }

    /** A ratio row: met is computed from the ratio. */
    static Row ratio(int measurement, String figure, String input, String value, String baseline, double ratio,
            Goal goal) {
        return new Row(measurement, figure, input, value, baseline, ratio, goal, !Double.isNaN(ratio),
                goal != null && goal.metBy(ratio));
    }

    String ratioCell() {
        return Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    String goalCell() {
        return goal == null ? "—" : goal.toString();
    }

    String metCell() {
        if (goal == null) {
            return "—";
        }
        if (!ran) {
            return "not run";
        }
        return met ? "met" : "**not met**";
    }
}

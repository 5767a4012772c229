package dev.leadkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void medianOfAnOddAndAnEvenCount() {
        assertThat(Stats.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void quartilesInterpolateBetweenOrderStatistics() {
        List<Double> values = List.of(10.0, 20.0, 30.0, 40.0, 50.0);

        assertThat(Stats.quantile(values, 0)).isEqualTo(10.0);
        assertThat(Stats.quantile(values, 0.25)).isEqualTo(20.0);
        assertThat(Stats.quantile(List.of(10.0, 20.0), 0.25)).isEqualTo(12.5);
        assertThat(Stats.quantile(values, 1)).isEqualTo(50.0);
    }

    @Test
    void refusesNothingToSummarise() {
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must not be empty");
        assertThatThrownBy(() -> Stats.quantile(List.of(1.0), 2)).hasMessage("q must be within [0, 1]: 2.0");
    }
}

package dev.leadkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EndpointLoadTest {
    @Test
    void aRoundsRatioDividesByTheCeilingWhenTheDiskIsFaster() {
        // disk bound: 50 / 0.1 ms = 500,000 req/s, far above the ceiling
        assertThat(EndpointLoad.ratio(30_000, 40_000, 50, 0.1)).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void aRoundsRatioDividesByTheDiskBoundWhenTheDiskIsSlower() {
        // disk bound: 50 / 5 ms = 10,000 req/s, below the 40,000 req/s ceiling
        assertThat(EndpointLoad.ratio(9_000, 40_000, 50, 5)).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void aForksRoundSurvivesItsLineAndKeepsItsRatio() {
        EndpointLoad.Round round = new EndpointLoad.Round(200, 40_000, 150.5, 36_000, 18.25, 3, 0.08);

        EndpointLoad.Round back = EndpointLoad.Round.parse(round.line());

        assertThat(back).isEqualTo(round);
        assertThat(back.ratio()).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void refusesALineThatIsNotARound() {
        assertThatThrownBy(() -> EndpointLoad.Round.parse("Picked up JAVA_TOOL_OPTIONS: -Xmx1g"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a round line");
    }
}

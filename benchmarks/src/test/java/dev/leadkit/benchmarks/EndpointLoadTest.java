package dev.leadkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
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
}

package dev.leadkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the decode, schema and validation benchmarks share: average time per lead in nanoseconds, one input
 * document per trial, and the defaults that {@code run.sh} states explicitly anyway.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class CodecBenchmark {
    /** Which input document; see {@link Inputs}. */
    @Param({Inputs.SAMPLE_2020, Inputs.CAMEL_CASE, Inputs.UNKNOWN_FIELDS})
    public String input;

    byte[] doc;

    /** Loads the input, once per trial. */
    @Setup(Level.Trial)
    public void loadInput() {
        doc = Inputs.bytes(input);
    }
}

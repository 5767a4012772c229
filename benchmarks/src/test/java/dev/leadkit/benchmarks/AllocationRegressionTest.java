package dev.leadkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.schema.LeadSchema;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Allocation bounds that profiling found broken once; bytes per call are exact counts from the JVM, not timings, so
 * they hold on a busy machine. (Here rather than in lead-schema: its tests run patched into the named module, which
 * does not read jdk.management.)
 */
class AllocationRegressionTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** A valid document used to cost a pointer string, a list and a map per declared property: 2,900 bytes. */
    @Test
    void aValidDocumentIsSchemaCheckedWithoutBuildingAReport() {
        byte[] sample = Inputs.bytes(Inputs.SAMPLE_2020);
        for (int i = 0; i < 2_000; i++) {
            assertThat(LeadSchema.latest().validate(sample).isValid()).isTrue();
        }

        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1_000; i++) {
            LeadSchema.latest().validate(sample);
        }
        long perCheck = (THREADS.getCurrentThreadAllocatedBytes() - before) / 1_000;

        assertThat(perCheck).as("bytes per check; about 740 are jackson-core's parser").isLessThan(1_500);
    }
}

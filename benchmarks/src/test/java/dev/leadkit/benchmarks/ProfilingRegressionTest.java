package dev.leadkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.LeadClient;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadSchema;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * Costs that profiling the benchmarks found too high once. They are counts from the JVM (bytes allocated, threads
 * started), not timings, so they hold on a busy machine. Here rather than in lead-schema and lead-client: their
 * tests run patched into named modules that do not read jdk.management.
 */
class ProfilingRegressionTest {
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

    /**
     * {@code sendAsync(...).get()} used to start a thread per send where the common pool has one thread (two CPUs
     * or fewer, forced for this test JVM in the pom): the JDK completes its future through CompletableFuture's
     * default executor, which is then a new thread per task. It halved loopback throughput on JDK 17.
     */
    @Test
    void aSendStartsNoThreadWhereTheCommonPoolHasOneThread() {
        assertThat(ForkJoinPool.getCommonPoolParallelism()).as("surefire argLine sets it to 1").isEqualTo(1);
        Lead lead = LeadJson.defaults().read(Inputs.bytes(Inputs.SAMPLE_2020));
        try (Receiver receiver = Receiver.start(LeadJson.defaults().writeBytes(lead));
                LeadClient client = Senders.leadClient(receiver.uri())) {
            for (int i = 0; i < 50; i++) {
                client.send(lead);
            }

            long before = THREADS.getTotalStartedThreadCount();
            for (int i = 0; i < 200; i++) {
                client.send(lead);
            }
            long started = THREADS.getTotalStartedThreadCount() - before;

            assertThat(receiver.requests()).isEqualTo(250);
            assertThat(started).as("threads started by 200 sends").isLessThan(20);
        }
    }
}

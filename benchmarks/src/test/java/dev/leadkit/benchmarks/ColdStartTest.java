package dev.leadkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.benchmarks.ColdStartChild.Contender;
import dev.leadkit.model.Lead;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cold-start children do the same work, load only their own libraries, and the parent times them. */
class ColdStartTest {
    @TempDir
    Path dir;

    @Test
    void everyContenderHandlesTheSampleIntoTheSameLead() throws Exception {
        byte[] sample = Inputs.bytes(Inputs.SAMPLE_2020);

        Lead leadkit = ColdStartChild.handle(Contender.LEADKIT, sample);

        assertThat(ColdStartChild.handle(Contender.JACKSON, sample)).isEqualTo(leadkit);
        assertThat(ColdStartChild.handle(Contender.NETWORKNT_HIBERNATE, sample)).isEqualTo(leadkit);
    }

    @Test
    void theLeadkitChildLoadsNoDatabindNoValidatorProviderAndNoNetworknt() throws Exception {
        Path log = dir.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + log, "-cp",
                System.getProperty("java.class.path"), ColdStartChild.class.getName(), Contender.LEADKIT.id())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out.strip()).isEqualTo(ColdStartChild.READY);
        String loaded = Files.readString(log);
        assertThat(loaded).contains("dev.leadkit.schema.LeadSchema ")
                .doesNotContain("com.fasterxml.jackson.databind.")
                .doesNotContain("org.hibernate.")
                .doesNotContain("com.networknt.");
    }

    @Test
    void theParentTimesEveryContenderInInterleavedRounds() throws Exception {
        var samples = ColdStart.measure(1, System.getProperty("java.class.path"), dir.resolve("stderr.log"));

        assertThat(samples).containsOnlyKeys(Contender.values());
        for (List<Double> ms : samples.values()) {
            assertThat(ms).hasSize(1);
            assertThat(ms.get(0)).isBetween(1.0, 60_000.0);
        }
    }

    @Test
    void contenderIdsRoundTrip() {
        for (Contender c : Contender.values()) {
            assertThat(Contender.of(c.id())).isEqualTo(c);
        }
        assertThat(Contender.NETWORKNT_HIBERNATE.id()).isEqualTo("networknt-hibernate");
    }
}

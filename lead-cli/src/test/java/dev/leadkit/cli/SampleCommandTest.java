package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.testing.LeadSample;
import dev.leadkit.testing.RandomLeads;
import dev.leadkit.testing.TestLeads;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleCommandTest {
    @Test
    void printsTheDocumented2020SampleByDefaultExactlyAsShipped() {
        Cli.Run run = Cli.run("sample");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(TestLeads.documented2020().text());
    }

    @Test
    void printsNamedSamplesInOrder() {
        assertThat(Cli.run("sample", "camel-case", "MSFT-TEST").out())
                .isEqualTo(TestLeads.camelCase().text() + TestLeads.msftTest().text());
    }

    @Test
    void listsEveryNameWithWhatItIs() {
        List<String> lines = Cli.run("sample", "--list").out().lines().toList();
        assertThat(lines).hasSize(TestLeads.samples().size());
        for (int i = 0; i < lines.size(); i++) {
            LeadSample sample = TestLeads.samples().get(i);
            assertThat(lines.get(i)).startsWith(sample.name() + " ").endsWith(sample.description());
        }
    }

    @Test
    void allAsLinesIsOneCompactLeadPerLineWithTheKeysAsShipped() {
        List<String> lines = Cli.run("sample", "--all", "--lines").out().lines().toList();
        assertThat(lines).hasSize(TestLeads.samples().size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(LeadJson.defaults().read(lines.get(i))).isEqualTo(TestLeads.samples().get(i).lead());
        }
        assertThat(lines.get(2)).startsWith("{\"userDetails\":{\"firstName\":");
    }

    @Test
    void randomLeadsAreReproducibleValidLines() {
        Cli.Run run = Cli.run("sample", "--random", "5", "--seed", "7", "--camel-case");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(5).allMatch(l -> l.startsWith("{\"userDetails\"") || l.startsWith("{\"actionCode\"")
                || l.startsWith("{\"offerTitle\"") || l.startsWith("{\"leadSource\"") || l.startsWith("{\""));
        for (int i = 0; i < 5; i++) {
            assertThat(LeadJson.defaults().read(lines.get(i))).isEqualTo(RandomLeads.of(7).lead(i));
            assertThat(LeadValidator.defaults().validate(LeadJson.defaults().read(lines.get(i))).isValid()).isTrue();
        }
        assertThat(Cli.run("sample", "--random", "5", "--seed", "7", "--camel-case").out()).isEqualTo(run.out());
        assertThat(Cli.run("sample", "--random", "0").out()).isEmpty();
    }

    @Test
    void anUnknownNameIsAUsageError() {
        Cli.Run run = Cli.run("sample", "documented-2019");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lead sample: no sample named documented-2019; lead sample --list shows them\n");
        assertThat(Cli.run("sample", "--random", "-1").exitCode()).isEqualTo(2);
    }

    @Test
    void optionsThatWouldBeIgnoredTogetherAreAnError() {
        for (String[] args : List.of(new String[] {"sample", "--list", "--all"},
                new String[] {"sample", "--random", "3", "camel-case"}, new String[] {"sample", "--all", "msft-test"},
                new String[] {"sample", "--seed", "7"}, new String[] {"sample", "--camel-case"},
                new String[] {"sample", "--random", "3", "--lines"}, new String[] {"sample", "--list", "--lines"})) {
            Cli.Run run = Cli.run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("lead sample: ");
        }
    }

    /** The lead jar ships its own copies so it carries no test kit; they must stay TestLeads' and RandomLeads'. */
    @Test
    void theCommandsOwnSamplesAreTestLeadsByteForByte() {
        assertThat(Samples.ALL).hasSameSizeAs(TestLeads.samples());
        for (int i = 0; i < Samples.ALL.size(); i++) {
            Samples.Sample own = Samples.ALL.get(i);
            LeadSample kit = TestLeads.samples().get(i);
            assertThat(own.name()).isEqualTo(kit.name());
            assertThat(own.description()).isEqualTo(kit.description());
            assertThat(own.bytes()).as(own.name()).isEqualTo(kit.bytes());
            assertThat(own.lead()).isEqualTo(kit.lead());
        }
    }

    @Test
    void randomLeadsStopWhenTheReaderHasGone() {
        java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
        picocli.CommandLine commandLine = Main.commandLine(Cli.env(java.util.Map.of(), "", false));
        commandLine.setOut(new java.io.PrintWriter(new java.io.Writer() { // a pipe whose reader did head -1
            @Override
            public void write(char[] chars, int off, int len) throws java.io.IOException {
                if (written.addAndGet(len) > 10_000) {
                    throw new java.io.IOException("Broken pipe");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, true));
        assertThat(commandLine.execute("sample", "--random", "300000")).isZero();
        assertThat(written.get()).as("stopped within 64 leads of the broken pipe").isLessThan(10_000 + 64 * 2_000);
    }

    @Test
    void theCommandsRandomLeadsAreRandomLeadsForEverySeed() {
        for (long seed : new long[] {0, 1, 7, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x5eedL}) {
            List<dev.leadkit.model.Lead> kit = RandomLeads.of(seed).stream().limit(200).toList();
            for (int i = 0; i < kit.size(); i++) {
                assertThat(LeadGenerator.lead(seed, i)).as("seed %d, lead %d", seed, i).isEqualTo(kit.get(i));
            }
        }
    }
}

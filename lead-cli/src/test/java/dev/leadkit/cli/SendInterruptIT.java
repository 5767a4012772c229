package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.testing.TestLeads;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of a real {@code lead send} to a real {@code lead serve}: the sends in flight end, every
 * lead not delivered is in {@code --failed-out}, the summary is printed, and re-running that file leaves every
 * lead stored exactly once.
 */
class SendInterruptIT {
    private static final int LEADS = 2_000;
    private static final int INTERRUPT_AFTER = 200;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern SUMMARY = Pattern.compile("\\n2000 leads: (\\d+) delivered, 0 refused, 0 endpoint "
            + "refused, 0 failed, (\\d+) not attempted; (\\d+) written to ");

    @TempDir
    Path dir;

    @Test
    void aSigintMidSendLeavesTheRestForARerunThatStoresEveryLeadOnce() throws Exception {
        Path store = dir.resolve("store.jsonl");
        Process serve = LeadJar.start(Map.of(), "serve", "--port", "0", "--out", store.toString());
        Cli.Capture serveOut = new Cli.Capture();
        Thread serveReader = LeadJar.pump(serve.getInputStream(), serveOut);
        LeadJar.pump(serve.getErrorStream(), new Cli.Capture());
        try {
            URI uri = URI.create(serveOut.await(InProcessServe.LISTENING, WAIT));
            Path leads = dir.resolve("leads.jsonl");
            StringBuilder text = new StringBuilder();
            for (int n = 0; n < LEADS; n++) {
                Lead lead = TestLeads.random(n).toBuilder().offerTitle("load-" + n).build();
                text.append(LeadJson.defaults().write(lead)).append('\n');
            }
            Files.writeString(leads, text, StandardCharsets.UTF_8);
            Path failed = dir.resolve("failed.jsonl");
            Map<String, String> env = Map.of("LEAD_ENDPOINT", uri.toString());

            Process send = LeadJar.start(env, "send", "--concurrency", "4", "--failed-out", failed.toString(),
                    leads.toString());
            Cli.Capture out = new Cli.Capture();
            Thread outReader = LeadJar.pump(send.getInputStream(), out);
            LeadJar.pump(send.getErrorStream(), new Cli.Capture());
            out.await(Pattern.compile("(\\[" + INTERRUPT_AFTER + "/" + LEADS + "])"), WAIT);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(send.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -INT").isTrue();
            assertThat(send.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("send ended after SIGINT").isTrue();
            outReader.join();
            assertThat(send.exitValue()).as("SIGINT").isEqualTo(130);

            Matcher summary = SUMMARY.matcher(out.text());
            assertThat(summary.find()).as(out.text().substring(Math.max(0, out.text().length() - 600))).isTrue();
            int delivered = Integer.parseInt(summary.group(1));
            int notAttempted = Integer.parseInt(summary.group(2));
            assertThat(out.text()).contains("interrupted: the sends in flight ended");
            assertThat(notAttempted).as("interrupted mid-run").isPositive();
            assertThat(delivered + notAttempted).isEqualTo(LEADS);
            assertThat(Integer.parseInt(summary.group(3))).isEqualTo(notAttempted);
            assertThat(Files.readAllLines(failed)).hasSize(notAttempted);
            assertThat(stored(store)).as("the server holds what send counted as delivered").hasSize(delivered);

            Path again = dir.resolve("failed-2.jsonl");
            LeadJar.Result rerun = LeadJar.run(env, "", WAIT, "send", "--concurrency", "64", "--failed-out",
                    again.toString(), failed.toString());
            assertThat(rerun.exitCode()).as(rerun.err()).isZero();
            assertThat(Files.readAllLines(again)).isEmpty();
            System.out.printf("SendInterruptIT: SIGINT after %d of %d reported; %d delivered, %d not attempted and "
                    + "written to --failed-out; the re-run delivered them all%n", INTERRUPT_AFTER, LEADS, delivered,
                    notAttempted);
        } finally {
            serve.toHandle().destroy();
            assertThat(serve.waitFor(20, TimeUnit.SECONDS)).isTrue();
            serveReader.join();
        }
        List<Integer> stored = stored(store);
        assertThat(stored).as("every lead stored").hasSize(LEADS).doesNotHaveDuplicates();
    }

    /** The load numbers of the leads in the server's JSON Lines file, in order. */
    private static List<Integer> stored(Path store) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
            String title = LeadJson.defaults().read(line).offerTitle();
            assertThat(title).startsWith("load-");
            numbers.add(Integer.valueOf(title.substring("load-".length())));
        }
        return numbers;
    }
}

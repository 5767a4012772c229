package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.testing.TestLeads;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code lead serve} process killed with SIGKILL in the middle of a load loses no acknowledged lead: every
 * lead that got its 202 is in the file exactly once, and only the last line may be torn, and only for a lead that
 * was never acknowledged.
 */
class ServeKillIT {
    private static final int IN_FLIGHT = 32;
    private static final int KILL_AFTER_ACKS = 200;
    private static final Pattern OFFER = Pattern.compile("\"OfferTitle\":\"load-(\\d+)\"");

    @TempDir
    Path dir;

    @Test
    void aKillDuringLoadLosesNoAcknowledgedLead() throws Exception {
        Path file = dir.resolve("leads.jsonl");
        Process serve = LeadJar.start(Map.of(), "serve", "--port", "0", "--out", file.toString());
        Cli.Capture out = new Cli.Capture();
        LeadJar.pump(serve.getInputStream(), out);
        LeadJar.pump(serve.getErrorStream(), new Cli.Capture());
        URI uri = URI.create(out.await(InProcessServe.LISTENING, Duration.ofSeconds(30)));

        HttpClient http = InProcessServe.http();
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger inFlightAtKill = new AtomicInteger(-1);
        int sent = 0;
        try {
            while (!killed.get()) {
                if (!slots.tryAcquire(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("no post finished within 30 s");
                }
                if (killed.get()) {
                    slots.release();
                    break;
                }
                int n = sent++;
                Lead lead = TestLeads.random(n).toBuilder().offerTitle("load-" + n).build();
                http.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(LeadJson.defaults().writeBytes(lead))).build(),
                        HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                            if (response != null && response.statusCode() == 202) {
                                acknowledged.add(n);
                                if (acknowledged.size() >= KILL_AFTER_ACKS && killed.compareAndSet(false, true)) {
                                    // SIGKILL while the other posts are in flight: no hook, no flush, nothing
                                    inFlightAtKill.set(IN_FLIGHT - slots.availablePermits() - 1);
                                    serve.destroyForcibly();
                                }
                            }
                            slots.release();
                        });
            }
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(slots.tryAcquire(IN_FLIGHT, 30, TimeUnit.SECONDS)).as("every post ended").isTrue();
        } finally {
            serve.destroyForcibly();
        }
        assertThat(serve.exitValue()).as("SIGKILL").isEqualTo(137);
        Set<Integer> acked = Set.copyOf(acknowledged);
        assertThat(acked).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKS);
        assertThat(inFlightAtKill.get()).as("posts in flight when the kill came").isPositive();
        assertThat(sent - acked.size()).as("posts the kill cut off").isPositive();

        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1;
        List<Integer> stored = new ArrayList<>();
        for (String line : text.substring(0, end).split("\n")) {
            Lead lead = LeadJson.defaults().read(line); // every complete line is a whole lead
            Matcher m = OFFER.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            assertThat(lead.offerTitle()).isEqualTo("load-" + m.group(1));
            stored.add(Integer.valueOf(m.group(1)));
        }
        assertThat(stored).as("no lead twice").doesNotHaveDuplicates();
        assertThat(stored).as("every acknowledged lead is stored").containsAll(acked);
        String torn = text.substring(end);
        if (!torn.isEmpty()) {
            Matcher m = OFFER.matcher(torn);
            if (m.find()) {
                assertThat(acked).as("a torn line is never an acknowledged lead").doesNotContain(
                        Integer.valueOf(m.group(1)));
            }
        }
        System.out.printf("ServeKillIT: %d posts sent, %d in flight at the kill, %d acknowledged, %d stored, torn "
                + "tail %d bytes%n", sent, inFlightAtKill.get(), acked.size(), stored.size(), torn.length());
    }
}

package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.LeadClient;
import dev.leadkit.client.SendResult;
import dev.leadkit.model.Lead;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lead send} accounts for every lead, whatever happens: the cases a user hit on a bad day. */
class SendAccountingTest {
    @TempDir
    Path dir;

    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private static String lead(int n) {
        return "{\"ActionCode\":\"INS\",\"OfferTitle\":\"lead-" + n + "\"}";
    }

    private Path leads(int count) throws IOException {
        StringBuilder text = new StringBuilder();
        IntStream.rangeClosed(1, count).forEach(n -> text.append(lead(n)).append('\n'));
        return Files.writeString(dir.resolve("leads.jsonl"), text, StandardCharsets.UTF_8);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static Cli.Run send(Function<LeadClient, Function<Lead, CompletableFuture<SendResult>>> transport,
            String... args) {
        List<String> all = new ArrayList<>(List.of("send"));
        all.addAll(List.of(args));
        return Cli.run(Cli.env(Map.of(), "", false), s -> s.transport = transport, all.toArray(new String[0]));
    }

    @Test
    void failuresAreInTheFailedFileAsSoonAsTheyHappen() throws IOException {
        endpoint.enqueue(MockResponse.of(500), MockResponse.of(202), MockResponse.of(500));
        Path failed = dir.resolve("failed.jsonl");
        List<List<String>> seen = new ArrayList<>();
        Cli.Run run = send(client -> lead -> {
            try {
                seen.add(lines(failed)); // what a kill at this moment would leave
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return client.sendAsync(lead);
        }, "--endpoint", endpoint.uri().toString(), "--concurrency", "1", "--failed-out", failed.toString(),
                leads(4).toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(seen).containsExactly(List.of(), List.of(lead(1)), List.of(lead(1)), List.of(lead(1), lead(3)));
    }

    @Test
    void anInterruptLetsTheSendInFlightEndAndWritesTheRestWithASummary() throws IOException {
        Path failed = dir.resolve("failed.jsonl");
        AtomicInteger handedOut = new AtomicInteger();
        Cli.Run run = send(client -> lead -> {
            if (handedOut.incrementAndGet() == 4) {
                Thread.currentThread().interrupt(); // Ctrl-C arrives while the fourth lead goes out
            }
            return client.sendAsync(lead);
        }, "--endpoint", endpoint.uri().toString(), "--concurrency", "2", "--failed-out", failed.toString(),
                leads(10).toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Thread.interrupted()).as("the interrupt was taken as the stop").isFalse();
        assertThat(handedOut).hasValue(4);
        assertThat(endpoint.requestCount()).isEqualTo(4);
        assertThat(run.out()).contains("interrupted: the sends in flight ended; the leads not sent are not attempted")
                .endsWith("10 leads: 4 delivered, 0 refused, 0 endpoint refused, 0 failed, 6 not attempted; 6 "
                        + "written to " + failed + "\n");
        assertThat(lines(failed)).containsExactly(lead(5), lead(6), lead(7), lead(8), lead(9), lead(10));
    }

    @Test
    void aClientThatThrowsUnexpectedlyFailsThatLeadOnly() throws IOException {
        Path failed = dir.resolve("failed.jsonl");
        AtomicInteger handedOut = new AtomicInteger();
        Cli.Run run = send(client -> lead -> {
            int n = handedOut.incrementAndGet();
            if (n == 2) {
                throw new IllegalStateException("a bug in the client");
            }
            if (n == 3) {
                return CompletableFuture.failedFuture(new NullPointerException());
            }
            return client.sendAsync(lead);
        }, "--endpoint", endpoint.uri().toString(), "--concurrency", "1", "--failed-out", failed.toString(),
                leads(4).toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("internal error");
        assertThat(run.out()).contains(":2: NOT delivered, failed: unexpected error in the client "
                + "(IllegalStateException), please report it", ":3: NOT delivered, failed: unexpected error in the "
                + "client (NullPointerException)")
                .endsWith("4 leads: 2 delivered, 0 refused, 0 endpoint refused, 2 failed, 0 not attempted; 2 written "
                        + "to " + failed + "\n");
        assertThat(lines(failed)).containsExactly(lead(2), lead(3));
    }

    @Test
    void refusedLeadsGoToTheirOwnFileSoTheRerunRetriesOnlyWhatMaySucceed() throws IOException {
        endpoint.enqueue(MockResponse.of(202), MockResponse.of(422), MockResponse.of(404), MockResponse.of(500),
                MockResponse.of(401), MockResponse.of(400));
        Path failed = dir.resolve("failed.jsonl");
        Path refused = dir.resolve("refused.jsonl");
        Cli.Run run = send(client -> client::sendAsync, "--endpoint", endpoint.uri().toString(), "--concurrency",
                "1", "--failed-out", failed.toString(), "--refused-out", refused.toString(), leads(6).toString());
        assertThat(run.out()).contains(":3: NOT delivered, endpoint refused: ", ":4: NOT delivered, failed: ")
                .endsWith("6 leads: 1 delivered, 2 refused, 2 endpoint refused, 1 failed, 0 not attempted; 3 written "
                        + "to " + failed + "; 2 refused written to " + refused + "\n");
        assertThat(lines(refused)).containsExactly(lead(2), lead(6));
        assertThat(lines(failed)).containsExactly(lead(3), lead(4), lead(5));

        Path again = dir.resolve("failed-2.jsonl");
        Cli.Run rerun = send(client -> client::sendAsync, "--endpoint", endpoint.uri().toString(), "--failed-out",
                again.toString(), failed.toString());
        assertThat(rerun.exitCode()).isZero();
        assertThat(lines(again)).isEmpty();
        assertThat(endpoint.requestCount()).isEqualTo(9);
    }

    @Test
    void aDeadEndpointIsGivenUpAfterARunOfConnectFailures() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: connections to it are refused
        }
        Path failed = dir.resolve("failed.jsonl");
        AtomicInteger handedOut = new AtomicInteger();
        Cli.Run run = send(client -> lead -> {
            handedOut.incrementAndGet();
            return client.sendAsync(lead);
        }, "--endpoint", "http://127.0.0.1:" + port + "/", "--attempts", "1", "--concurrency", "4",
                "--max-connect-failures", "5", "--failed-out", failed.toString(), leads(200).toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(handedOut.get()).as("5 in a row, and at most 4 more in flight by then").isBetween(5, 9);
        assertThat(run.out()).contains("NOT delivered, not attempted: the endpoint is unreachable: 5 leads in a row "
                + "could not connect").endsWith("200 leads: 0 delivered, 0 refused, 0 endpoint refused, "
                        + handedOut.get() + " failed, " + (200 - handedOut.get()) + " not attempted; 200 written to "
                        + failed + "\n");
        assertThat(lines(failed)).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void theFailedFileCannotBeAnInputUnderAnyName() throws IOException {
        Path input = leads(2);
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), input);
        for (Path out : List.of(input, dir.resolve(".").resolve("leads.jsonl"), link)) {
            Cli.Run run = send(client -> client::sendAsync, "--endpoint", endpoint.uri().toString(), "--failed-out",
                    out.toString(), input.toString());
            assertThat(run.exitCode()).as(out.toString()).isEqualTo(2);
            assertThat(run.err()).startsWith("lead send: --failed-out " + out + " is the input " + input);
        }
        Cli.Run refused = send(client -> client::sendAsync, "--endpoint", endpoint.uri().toString(), "--refused-out",
                link.toString(), input.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        Cli.Run both = send(client -> client::sendAsync, "--endpoint", endpoint.uri().toString(), "--failed-out",
                dir.resolve("x.jsonl").toString(), "--refused-out", dir.resolve("x.jsonl").toString(),
                input.toString());
        assertThat(both.err()).startsWith("lead send: --failed-out and --refused-out must be two files");
        assertThat(lines(input)).containsExactly(lead(1), lead(2));
        assertThat(endpoint.requestCount()).isZero();
    }

    @Test
    void anEmptyInputIsExitOneWithAMessage() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Cli.Run run = send(client -> client::sendAsync, "--endpoint", endpoint.uri().toString(), empty.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("lead send: no lead in " + empty + ": it is empty or only white space\n");
    }

    @Test
    void plainHttpToAnHttpsPortGetsAHint() throws IOException {
        try (MockLeadEndpoint https = MockLeadEndpoint.startHttps()) {
            String plain = "http://127.0.0.1:" + https.uri().getPort() + "/";
            Cli.Run run = send(client -> client::sendAsync, "--endpoint", plain, "--attempts", "1",
                    leads(1).toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("(if the endpoint serves https, the URL must say https://)");
        }
    }
}

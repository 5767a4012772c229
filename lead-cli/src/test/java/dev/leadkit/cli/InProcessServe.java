package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** {@code lead serve} running on a thread of the test JVM, stopped by an interrupt as Ctrl-C would stop it. */
final class InProcessServe implements AutoCloseable {
    static final Pattern LISTENING = Pattern.compile("listening on (\\S+/)");

    final Cli.Capture out = new Cli.Capture();
    final Cli.Capture err = new Cli.Capture();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final Thread thread;
    private final URI uri;

    private InProcessServe(Map<String, String> variables, String... args) throws InterruptedException {
        List<String> all = new ArrayList<>(List.of("serve", "--port", "0"));
        all.addAll(List.of(args));
        thread = new Thread(() -> {
            try {
                exit.complete(Cli.execute(Cli.env(variables, "", false), out, err, all.toArray(new String[0])));
            } catch (Throwable t) {
                exit.completeExceptionally(t);
            }
        }, "lead-serve-under-test");
        thread.start();
        uri = URI.create(out.await(LISTENING, Duration.ofSeconds(20)));
    }

    static InProcessServe start(Map<String, String> variables, String... args) throws InterruptedException {
        return new InProcessServe(variables, args);
    }

    URI uri() {
        return uri;
    }

    /** Stops the server as Ctrl-C would, and returns the exit code. */
    int stop() throws Exception {
        thread.interrupt();
        return exit.get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (!exit.isDone()) {
            stop();
        }
    }

    /** Posts a body with a Content-Type to the server's URI plus {@code pathAndQuery}. */
    static HttpResponse<String> post(HttpClient http, URI uri, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static void assertNoLeakIn(String text, String... secrets) {
        for (String secret : secrets) {
            assertThat(text).doesNotContain(secret);
        }
    }
}

package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for what a script means (issue 16): a scripted answer belongs to the next well-formed request,
 * and headers match the way HTTP matches them, without regard to case.
 */
class MockLeadEndpointScriptTest {
    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();

    @AfterEach
    void close() {
        endpoint.close();
    }

    private static String post(String body) {
        return "POST /invoke?sig=abc HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body;
    }

    /** Sends raw bytes on a new connection and returns the whole answer, up to the close (or reset). */
    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(endpoint.uri().getHost(), endpoint.uri().getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(out);
            } catch (SocketException e) {
                // a reset after the answer: the answer read so far is the result
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aMalformedRequestDoesNotConsumeAScriptedResponse() throws IOException {
        endpoint.enqueue(MockResponse.of(503));
        endpoint.enqueue(MockResponse.of(201));

        assertThat(exchange("GARBAGE\r\n\r\n")).startsWith("HTTP/1.1 400 ");
        assertThat(exchange(post("{}"))).startsWith("HTTP/1.1 503 ");
        assertThat(exchange(post("{}"))).startsWith("HTTP/1.1 201 ");
        assertThat(exchange(post("{}"))).startsWith("HTTP/1.1 202 ");
    }

    @Test
    void aRequestOverALimitDoesNotConsumeAScriptedResponse() throws IOException {
        endpoint.enqueue(MockResponse.of(503));
        String tooLarge = "POST / HTTP/1.1\r\nContent-Length: " + (RequestParser.MAX_BODY_BYTES + 1) + "\r\n\r\n";

        assertThat(exchange(tooLarge)).startsWith("HTTP/1.1 413 ");
        assertThat(exchange("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")).startsWith("HTTP/1.1 501 ");
        assertThat(exchange(post("{}"))).startsWith("HTTP/1.1 503 ");
    }

    @Test
    void aScriptedConnectionCloseHeaderInAnyCaseClosesTheConnection() throws IOException {
        endpoint.enqueue(MockResponse.builder().status(200).header("connection", "Close").build());
        try (Socket socket = new Socket(endpoint.uri().getHost(), endpoint.uri().getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 200 ").contains("connection: Close\r\n");
        }
    }

    @Test
    void recordsEveryRequestIncludingRefusedOnesWithWhatWasWrong() throws IOException {
        assertThat(exchange("GARBAGE\r\n\r\n")).startsWith("HTTP/1.1 400 ");
        String tooLarge = "POST /big?sig=abc HTTP/1.1\r\nContent-Length: " + (RequestParser.MAX_BODY_BYTES + 1)
                + "\r\n\r\n";
        assertThat(exchange(tooLarge)).startsWith("HTTP/1.1 413 ");
        assertThat(exchange(post("{}"))).startsWith("HTTP/1.1 202 ");

        RecordedRequest malformed = endpoint.takeRequest();
        assertThat(malformed.sequenceNumber()).isEqualTo(1);
        assertThat(malformed.failure()).contains(new RecordedRequest.Failure(400, "malformed request line"));
        assertThat(malformed.method()).isEmpty();
        assertThat(malformed.body()).isEmpty();
        RecordedRequest overLimit = endpoint.takeRequest();
        assertThat(overLimit.failure()).hasValueSatisfying(f -> {
            assertThat(f.status()).isEqualTo(413);
            assertThat(f.answered()).isTrue();
        });
        assertThat(overLimit.path()).isEqualTo("/big?sig=abc");
        assertThat(overLimit.headers("content-length")).containsExactly(
                String.valueOf(RequestParser.MAX_BODY_BYTES + 1));
        assertThat(overLimit.toString()).endsWith(", failed: 413 body larger than " + RequestParser.MAX_BODY_BYTES
                + " bytes]").doesNotContain("sig=abc");
        RecordedRequest good = endpoint.takeRequest();
        assertThat(good.failure()).isEmpty();
        assertThat(good.sequenceNumber()).isEqualTo(3);
        assertThat(endpoint.requestCount()).isEqualTo(3);
    }

    @Test
    void aRequestAbandonedMidBodyIsRecordedUnansweredAndTakesNoScriptedResponse() throws IOException {
        endpoint.enqueue(MockResponse.of(503));
        try (Socket socket = new Socket(endpoint.uri().getHost(), endpoint.uri().getPort())) {
            socket.getOutputStream().write("POST /half HTTP/1.1\r\nContent-Length: 10\r\n\r\n{\"a\""
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        }

        RecordedRequest abandoned = endpoint.takeRequest();
        assertThat(abandoned.failure()).hasValueSatisfying(f -> assertThat(f.answered()).isFalse());
        assertThat(abandoned.path()).isEqualTo("/half");
        assertThat(exchange(post("{}"))).startsWith("HTTP/1.1 503 ");
    }

    @Test
    void aDropBeforeRequestIsTakenOnlyByTheRequestItDrops() throws IOException {
        endpoint.enqueue(MockResponse.dropBeforeRequest(), MockResponse.of(201));

        assertThat(exchange(post("{}"))).isEmpty();
        assertThat(exchange(post("{}"))).startsWith("HTTP/1.1 201 ");
        assertThat(exchange(post("{}"))).startsWith("HTTP/1.1 202 ");
    }

    @Test
    void aConnectionCloseTokenAmongSeveralValuesClosesTheConnection() throws IOException {
        try (Socket socket = new Socket(endpoint.uri().getHost(), endpoint.uri().getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: x\r\nconnection: keep-alive\r\n"
                    + "CONNECTION: TE, Close\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 202 ");
        }
        assertThat(endpoint.takeRequest().headers("Connection")).containsExactly("keep-alive", "TE, Close");
    }

    @Test
    void aConnectionHeaderThatOnlyContainsTheLettersOfCloseKeepsTheConnection() throws IOException {
        try (Socket socket = new Socket(endpoint.uri().getHost(), endpoint.uri().getPort())) {
            socket.setSoTimeout(5_000);
            String request = "POST / HTTP/1.1\r\nHost: x\r\nConnection: x-closed\r\nContent-Length: 0\r\n\r\n";
            for (int i = 0; i < 2; i++) {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 202 ");
            }
        }
        assertThat(endpoint.connectionCount()).isEqualTo(1);
    }

    @Test
    void sendsEveryValueOfAMultiValuedHeaderAsItsOwnLine() throws IOException {
        endpoint.enqueue(MockResponse.builder().status(200).addHeader("Set-Cookie", "a=1")
                .addHeader("set-cookie", "b=2").setHeader("X-One", "first").setHeader("x-one", "second").build());

        assertThat(exchange(post("{}"))).startsWith("HTTP/1.1 200 ")
                .contains("\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nx-one: second\r\n")
                .doesNotContain("first");
    }

    @Test
    void eachScriptedAnswerIsTakenByExactlyOneOfManyConcurrentRequests() {
        for (int i = 0; i < 30; i++) {
            endpoint.enqueue(MockResponse.of(503));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<Void>>> sends = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            sends.add(http.sendAsync(HttpRequest.newBuilder(endpoint.uri()).POST(BodyPublishers.ofString("{}"))
                    .build(), BodyHandlers.discarding()));
        }

        Map<Integer, Long> byStatus = sends.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).containsOnly(Map.entry(503, 30L), Map.entry(202, 70L));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}

package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Byte-level behaviours of the endpoint that need a raw socket to observe: framing, limits, stalls, resets. */
class MockLeadEndpointWireTest {
    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();

    @AfterEach
    void close() {
        endpoint.close();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(endpoint.uri().getHost(), endpoint.uri().getPort());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Reads a response head, through the blank line. */
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

    private static String post(String body) {
        return "POST /invoke?sig=abc HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    }

    @Test
    void keepsTheConnectionAliveForSeveralRequests() throws IOException {
        endpoint.enqueue(MockResponse.of(200, "one"));
        try (Socket socket = connect()) {
            write(socket, post("{}"));
            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 200 OK\r\n")
                    .contains("Content-Length: 3\r\n");
            assertThat(socket.getInputStream().readNBytes(3)).asString(StandardCharsets.US_ASCII).isEqualTo("one");
            write(socket, post("{\"a\":1}"));
            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 202 Accepted\r\n");
        }
        assertThat(endpoint.connectionCount()).isEqualTo(1);
        assertThat(endpoint.requestCount()).isEqualTo(2);
        assertThat(endpoint.takeRequest().bodyText()).isEqualTo("{}");
        assertThat(endpoint.takeRequest().bodyText()).isEqualTo("{\"a\":1}");
    }

    @Test
    void closesAfterConnectionClose() throws IOException {
        try (Socket socket = connect()) {
            write(socket, "POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
            InputStream in = socket.getInputStream();
            assertThat(readHead(in)).startsWith("HTTP/1.1 202 ");
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void decodesChunksWithExtensionsAndTrailers() throws IOException {
        try (Socket socket = connect()) {
            write(socket, "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3;ext=1\r\n{\"a\r\n4\r\n\":1}\r\n0\r\nX-Trailer: t\r\n\r\n");
            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 202 ");
        }
        assertThat(endpoint.takeRequest().bodyText()).isEqualTo("{\"a\":1}");
    }

    @Test
    void stallsMidBodyUntilClosed() throws IOException {
        endpoint.enqueue(MockResponse.builder().status(200).body("0123456789").stallBodyAfter(3).build());
        try (Socket socket = connect()) {
            write(socket, post("{}"));
            InputStream in = socket.getInputStream();
            assertThat(readHead(in)).contains("Content-Length: 10\r\n");
            assertThat(in.readNBytes(3)).asString(StandardCharsets.US_ASCII).isEqualTo("012");
            socket.setSoTimeout(300);
            assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);

            long start = System.nanoTime();
            endpoint.close();
            socket.setSoTimeout(5_000);
            assertThat(readToEndOrReset(in)).isEmpty();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000L);
        }
    }

    @Test
    void dropBeforeRequestResetsTheConnection() throws IOException {
        endpoint.enqueue(MockResponse.dropBeforeRequest());
        try (Socket socket = connect()) {
            write(socket, post("{}"));
            assertThatThrownBy(() -> socket.getInputStream().read()).isInstanceOf(SocketException.class)
                    .hasMessageContaining("reset");
        }
        assertThat(endpoint.requestCount()).isEqualTo(1);
    }

    @Test
    void rejectsAMalformedRequestLine() throws IOException {
        assertThat(exchange("GARBAGE\r\n\r\n")).startsWith("HTTP/1.1 400 Bad Request\r\n");
    }

    @Test
    void rejectsObsoleteHeaderFolding() throws IOException {
        assertThat(exchange("POST / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n")).startsWith("HTTP/1.1 400 ");
    }

    @Test
    void rejectsAnOverlongHeaderLine() throws IOException {
        String huge = "X-Big: " + "a".repeat(RequestParser.MAX_LINE_BYTES) + "\r\n";
        assertThat(exchange("POST / HTTP/1.1\r\n" + huge + "\r\n")).startsWith("HTTP/1.1 431 ");
    }

    @Test
    void rejectsTooManyHeaders() throws IOException {
        String many = "X-H: v\r\n".repeat(RequestParser.MAX_HEADER_COUNT + 1);
        assertThat(exchange("POST / HTTP/1.1\r\n" + many + "\r\n")).startsWith("HTTP/1.1 431 ");
    }

    @Test
    void rejectsAnOversizedBodyBeforeReadingIt() throws IOException {
        String head = "POST / HTTP/1.1\r\nContent-Length: " + (RequestParser.MAX_BODY_BYTES + 1) + "\r\n\r\n";
        assertThat(exchange(head)).startsWith("HTTP/1.1 413 ");
    }

    @Test
    void invitesTheBodyWithContinueWhenItWillReadIt() throws IOException {
        try (Socket socket = connect()) {
            write(socket, "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
            assertThat(readHead(socket.getInputStream())).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            write(socket, "{}");
            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 202 Accepted\r\n");
        }
        assertThat(endpoint.takeRequest().bodyText()).isEqualTo("{}");
    }

    @Test
    void refusesABodyItWillNotReadWithoutInvitingIt() throws IOException {
        String expect = "POST / HTTP/1.1\r\nExpect: 100-continue\r\n";

        assertThat(exchange(expect + "Content-Length: " + (RequestParser.MAX_BODY_BYTES + 1) + "\r\n\r\n"))
                .startsWith("HTTP/1.1 413 ").doesNotContain("100 Continue");
        assertThat(exchange(expect + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n"))
                .startsWith("HTTP/1.1 400 ").doesNotContain("100 Continue");
        assertThat(exchange(expect + "Transfer-Encoding: gzip\r\n\r\n")).startsWith("HTTP/1.1 501 ")
                .doesNotContain("100 Continue");
        assertThat(endpoint.requestCount()).isEqualTo(3);
    }

    @Test
    void rejectsAmbiguousFraming() throws IOException {
        assertThat(exchange("POST / HTTP/1.1\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n"))
                .startsWith("HTTP/1.1 400 ");
        assertThat(exchange("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n"))
                .startsWith("HTTP/1.1 400 ");
        assertThat(exchange("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")).startsWith("HTTP/1.1 501 ");
        assertThat(exchange("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"))
                .startsWith("HTTP/1.1 400 ");
    }

    /** Sends raw bytes, returns the whole answer; the endpoint must close the connection after an error. */
    private String exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            write(socket, request);
            return readToEndOrReset(socket.getInputStream());
        }
    }

    private static String readToEndOrReset(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (SocketException e) {
            // a reset after the answer: the answer read so far is the result
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}

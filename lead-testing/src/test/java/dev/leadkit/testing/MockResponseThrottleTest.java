package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a throttled or stalled body reaches the client. The endpoint's waits go through a recording waiter that
 * holds each pause until the test has seen what arrived before it, so nothing here sleeps.
 */
class MockResponseThrottleTest {
    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();
    private final BlockingQueue<Duration> pauses = new LinkedBlockingQueue<>();
    private final Semaphore resume = new Semaphore(0);

    /** Records each pause and holds it until the test releases it. */
    private void recordPauses() {
        endpoint.waiter = duration -> {
            pauses.add(duration);
            resume.acquire();
            return true;
        };
    }

    @AfterEach
    void close() {
        resume.release(100);
        endpoint.close();
    }

    /** Posts on a new connection and returns it with the response head read. */
    private Socket postAndReadHead() throws IOException {
        Socket socket = new Socket(endpoint.uri().getHost(), endpoint.uri().getPort());
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"
                .getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            head.write(in.read());
        }
        assertThat(head.toString(StandardCharsets.ISO_8859_1)).contains("Content-Length: 10\r\n");
        return socket;
    }

    /** Reads each part, and checks that the endpoint paused after each but the last with nothing more sent. */
    private void expectParts(Socket socket, Duration pause, List<String> parts) throws Exception {
        InputStream in = socket.getInputStream();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            assertThat(new String(in.readNBytes(part.length()), StandardCharsets.US_ASCII)).isEqualTo(part);
            if (i < parts.size() - 1) {
                assertThat(pauses.poll(5, TimeUnit.SECONDS)).as("pause after part %d", i).isEqualTo(pause);
                assertThat(in.available()).as("bytes sent during pause %d", i).isZero();
                resume.release();
            }
        }
        assertThat(pauses).as("no pause after the last part").isEmpty();
    }

    @Test
    void throttleBodySendsPartsWithAPauseBetweenEach() throws Exception {
        recordPauses();
        endpoint.enqueue(MockResponse.builder().status(200).body("0123456789")
                .throttleBody(4, Duration.ofSeconds(7)).build());
        try (Socket socket = postAndReadHead()) {
            expectParts(socket, Duration.ofSeconds(7), List.of("0123", "4567", "89"));
        }
    }

    @Test
    void aThrottleOfOneByteEndsEveryByteWithAPause() throws Exception {
        recordPauses();
        endpoint.enqueue(MockResponse.builder().status(200).body("0123456789")
                .throttleBody(1, Duration.ofMillis(3)).build());
        try (Socket socket = postAndReadHead()) {
            expectParts(socket, Duration.ofMillis(3), List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        }
    }

    @Test
    void aTimedStallStillPausesOnceWhateverTheBodyLength() throws Exception {
        recordPauses();
        endpoint.enqueue(MockResponse.builder().status(200).body("0123456789")
                .stallBodyAfter(2, Duration.ofSeconds(3)).build());
        try (Socket socket = postAndReadHead()) {
            expectParts(socket, Duration.ofSeconds(3), List.of("01", "23456789"));
        }
    }

    @Test
    void aThrottleAndAStallReplaceEachOther() {
        MockResponse.Builder body = MockResponse.builder().status(200).body("012345");

        MockResponse stall = body.stallBodyAfter(3, Duration.ofSeconds(1)).build();
        MockResponse throttle = body.throttleBody(3, Duration.ofSeconds(1)).build();

        assertThat(throttle.throttleBytes()).isEqualTo(3);
        assertThat(throttle.throttlePeriod()).contains(Duration.ofSeconds(1));
        assertThat(throttle.stallAfterBytes()).as("the later setting replaces the stall").isEqualTo(-1);
        assertThat(stall.throttleBytes()).isEqualTo(-1);
    }

    @Test
    void closingTheEndpointEndsAThrottledBodyMidway() throws Exception {
        endpoint.enqueue(MockResponse.builder().status(200).body("0123456789")
                .throttleBody(4, Duration.ofMinutes(10)).build());
        try (Socket socket = postAndReadHead()) {
            InputStream in = socket.getInputStream();
            assertThat(in.readNBytes(4)).asString(StandardCharsets.US_ASCII).isEqualTo("0123");

            long start = System.nanoTime();
            endpoint.close();
            long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            try {
                in.transferTo(rest);
            } catch (SocketException e) {
                // a reset: nothing more arrived either way
            }
            assertThat(rest.size()).isZero();
            assertThat(closeMillis).as("close waits for no pause").isLessThan(2_000L);
        }
    }
}

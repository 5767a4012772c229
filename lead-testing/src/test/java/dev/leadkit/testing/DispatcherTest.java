package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A dispatcher answers by content: what it sees, what it is never asked, and what happens when it fails. */
class DispatcherTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();

    @AfterEach
    void close() {
        endpoint.close();
    }

    private int post(byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(endpoint.uri("/leads")).POST(BodyPublishers.ofByteArray(body)).build(),
                BodyHandlers.discarding()).statusCode();
    }

    @Test
    void answersByContentWithoutScriptingAnOrder() throws Exception {
        // region dispatcher
        Set<String> seen = ConcurrentHashMap.newKeySet();
        endpoint.dispatcher(request -> seen.add(request.lead().userDetails().email())
                ? MockResponse.of(202)
                : MockResponse.of(409, "duplicate lead"));
        // endregion

        assertThat(post(TestLeads.camelCase().bytes())).isEqualTo(202);
        assertThat(post(TestLeads.documented2020().bytes())).isEqualTo(202);
        assertThat(post(TestLeads.camelCase().bytes())).isEqualTo(409);
        assertThat(endpoint.requestCount()).isEqualTo(3);
    }

    @Test
    void isAskedOnlyAboutWellFormedRequestsAndSeesThemInFull() throws Exception {
        List<RecordedRequest> asked = new CopyOnWriteArrayList<>();
        endpoint.dispatcher(request -> {
            asked.add(request);
            return MockResponse.of(201);
        });
        try (Socket socket = new Socket(endpoint.uri().getHost(), endpoint.uri().getPort())) {
            socket.getOutputStream().write("GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1))
                    .startsWith("HTTP/1.1 400 ");
        }

        assertThat(post(TestLeads.camelCase().bytes())).isEqualTo(201);
        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.sequenceNumber()).isEqualTo(2);
            assertThat(request.failure()).isEmpty();
            assertThat(request.lead()).isEqualTo(TestLeads.camelCase().lead());
        });
        assertThat(endpoint.takeRequest().failure()).isPresent();
        assertThat(endpoint.takeRequest()).isSameAs(asked.get(0));
    }

    @Test
    void aFailingDispatcherGets500AndTheRequestIsStillRecorded() throws Exception {
        endpoint.dispatcher(request -> {
            throw new IllegalStateException("the test's own dispatcher broke");
        });

        assertThat(post(TestLeads.camelCase().bytes())).isEqualTo(500);
        assertThat(endpoint.takeRequest().failure()).isEmpty();
    }

    @Test
    void aNullAnswerIsAFailureToo() throws Exception {
        endpoint.dispatcher(request -> null);

        assertThat(post(TestLeads.camelCase().bytes())).isEqualTo(500);
    }

    @Test
    void aPeekThatDropsResetsBeforeTheRequestIsReadAndNeverDispatches() throws Exception {
        List<RecordedRequest> asked = new CopyOnWriteArrayList<>();
        endpoint.dispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                asked.add(request);
                return MockResponse.ACCEPTED;
            }

            @Override
            public MockResponse peek() {
                return MockResponse.dropBeforeRequest();
            }
        });

        assertThatThrownBy(() -> post(TestLeads.camelCase().bytes())).isInstanceOf(IOException.class);
        assertThat(asked).isEmpty();
        assertThat(endpoint.requestCount()).isPositive();
    }

    @Test
    void aDispatchedDropResetsAfterTheRequestWasRecorded() throws Exception {
        endpoint.dispatcher(request -> MockResponse.dropBeforeRequest());

        try (Socket socket = new Socket(endpoint.uri().getHost(), endpoint.uri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.ISO_8859_1));
            assertThatThrownBy(() -> socket.getInputStream().read()).isInstanceOf(IOException.class);
        }
        assertThat(endpoint.takeRequest().bodyText()).isEqualTo("{}");
    }

    @Test
    void theScriptIsRefusedOnceADispatcherAnswers() {
        endpoint.dispatcher(request -> MockResponse.ACCEPTED);

        assertThatThrownBy(() -> endpoint.enqueue(MockResponse.of(503)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("enqueue scripts the default dispatcher, but this endpoint answers with its own dispatcher");
        assertThatThrownBy(() -> endpoint.respondByDefault(MockResponse.of(503)))
                .isInstanceOf(IllegalStateException.class);
    }
}

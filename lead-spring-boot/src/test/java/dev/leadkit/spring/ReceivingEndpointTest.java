package dev.leadkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import dev.leadkit.receiver.LeadReceiver;
import dev.leadkit.receiver.LeadSink;
import dev.leadkit.testing.TestLeads;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The endpoint's promises, with a sink that fails on demand: 202 only once the lead is durable. */
class ReceivingEndpointTest {
    private static final String TOKEN = "t-0123456789abcdef";

    private final LeadReceiver receiver = LeadReceiver.builder().token(TOKEN).build();
    private final List<Lead> stored = new ArrayList<>();
    private final RecordingObserver observer = new RecordingObserver();
    private final AtomicLong clock = new AtomicLong();

    private ReceivingEndpoint endpoint(LeadSink sink) {
        return new ReceivingEndpoint(receiver, sink, null, observer, () -> clock.addAndGet(1_000_000));
    }

    private static MockHttpServletRequest post(byte[] body, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/leads");
        request.setQueryString(query);
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }

    @Test
    void acceptedLeadIsStoredBeforeThe202AndAnsweredAsTheReceiverDecides() throws Exception {
        byte[] body = TestLeads.documented2020().bytes();
        MockHttpServletResponse response = new MockHttpServletResponse();
        endpoint(stored::add).handleRequest(post(body, "token=" + TOKEN), response);

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(response.getContentAsByteArray())
                .isEqualTo(receiver.receive(body, "application/json", "token=" + TOKEN).body());
        assertThat(stored).containsExactly(TestLeads.documented2020().lead());
        assertThat(observer.events).containsExactly("stored true PT0.001S", "answered 202 null true");
    }

    @Test
    void aSinkThatThrowsGets503AndTheLeadIsNotAcknowledged() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        endpoint(lead -> {
            throw new IOException("disk full");
        }).handleRequest(post(TestLeads.camelCase().bytes(), "token=" + TOKEN), response);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains(ReceivingEndpoint.NOT_STORED).doesNotContain("disk full");
        assertThat(observer.events).containsExactly("stored false PT0.001S",
                "answered 503 " + ReceivingEndpoint.NOT_STORED + " null");
    }

    @Test
    void aSinkThatThrowsUncheckedGets503Too() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        endpoint(lead -> {
            throw new IllegalStateException("closed");
        }).handleRequest(post(TestLeads.camelCase().bytes(), "token=" + TOKEN), response);
        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void wrongTokenIsAnsweredWithoutReadingTheBody() throws Exception {
        MockHttpServletRequest request = post(TestLeads.camelCase().bytes(), "token=wrong");
        MockHttpServletResponse response = new MockHttpServletResponse();
        endpoint(stored::add).handleRequest(request, response);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(request.getInputStream().read()).isEqualTo('{');
        assertThat(stored).isEmpty();
        assertThat(observer.events).containsExactly("answered 401 " + LeadReceiver.UNAUTHORIZED + " null");
    }

    @Test
    void declaredOversizeIsAnswered413WithoutReadingTheBody() throws Exception {
        byte[] body = new byte[receiver.maxBodyBytes() + 1];
        body[0] = '{';
        MockHttpServletRequest request = post(body, "token=" + TOKEN);
        MockHttpServletResponse response = new MockHttpServletResponse();
        endpoint(stored::add).handleRequest(request, response);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(request.getInputStream().read()).isEqualTo('{');
    }

    @Test
    void otherMethodsGet405WithAllow() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/leads");
        MockHttpServletResponse response = new MockHttpServletResponse();
        endpoint(stored::add).handleRequest(request, response);

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeader("Allow")).isEqualTo("POST");
        assertThat(response.getContentAsString()).contains(ReceivingEndpoint.METHOD_NOT_ALLOWED);
    }

    private static final class RecordingObserver implements ReceptionObserver {
        final List<String> events = new ArrayList<>();

        @Override
        public void answered(int status, String problemType, Boolean valid) {
            events.add("answered " + status + " " + problemType + " " + valid);
        }

        @Override
        public void stored(boolean ok, Duration time) {
            events.add("stored " + ok + " " + time);
        }
    }
}

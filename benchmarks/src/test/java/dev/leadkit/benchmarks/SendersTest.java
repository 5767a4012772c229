package dev.leadkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.LeadClient;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both senders post the same request, and the receiver counts what the client benchmark reports. */
class SendersTest {
    private final Lead lead = LeadJson.defaults().read(Inputs.bytes(Inputs.SAMPLE_2020));
    private final byte[] body = LeadJson.defaults().writeBytes(lead);

    @Test
    void leadClientAndTheBareClientSendTheSameBodyAndHeaders() throws Exception {
        Map<String, List<String>> leadkitHeaders;
        Map<String, List<String>> bareHeaders;
        try (Receiver receiver = Receiver.start(body); LeadClient client = Senders.leadClient(receiver.uri())) {
            assertThat(client.send(lead).statusCode()).isEqualTo(202);
            assertThat(receiver.requests()).isEqualTo(1);
            assertThat(receiver.wrongRequests()).isZero();
            leadkitHeaders = receiver.firstHeaders();
        }
        try (Receiver receiver = Receiver.start(body)) {
            HttpClient http = Senders.bareClient();
            assertThat(Senders.bareSend(http, Senders.bareRequest(receiver.uri(), body))).isEqualTo(202);
            assertThat(receiver.requests()).isEqualTo(1);
            assertThat(receiver.wrongRequests()).isZero();
            bareHeaders = receiver.firstHeaders();
            Senders.close(http);
        }

        for (String name : List.of("Content-type", "User-agent", "Content-length", "Connection", "Upgrade")) {
            assertThat(bareHeaders.get(name)).as(name).isEqualTo(leadkitHeaders.get(name));
        }
        assertThat(leadkitHeaders.get("User-agent")).containsExactly(LeadClient.USER_AGENT);
        assertThat(leadkitHeaders.keySet()).isEqualTo(bareHeaders.keySet());
    }

    @Test
    void sequentialSendsReuseOneConnection() throws Exception {
        try (Receiver receiver = Receiver.start(body); LeadClient client = Senders.leadClient(receiver.uri())) {
            for (int i = 0; i < 5; i++) {
                client.send(lead);
            }

            assertThat(receiver.requests()).isEqualTo(5);
            assertThat(receiver.connections()).isEqualTo(1);
        }
    }

    @Test
    void theReceiverCountsARequestWithAnotherBodyAsWrong() throws Exception {
        try (Receiver receiver = Receiver.start(body)) {
            HttpClient http = Senders.bareClient();
            Senders.bareSend(http, Senders.bareRequest(receiver.uri(), new byte[] {'{', '}'}));

            assertThat(receiver.wrongRequests()).isEqualTo(1);
            Senders.close(http);
        }
    }
}

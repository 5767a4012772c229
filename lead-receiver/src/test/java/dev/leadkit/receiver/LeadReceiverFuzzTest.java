package dev.leadkit.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.leadkit.gen.Planted;
import dev.leadkit.model.LeadJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link LeadReceiver#receive}. In a plain build it replays the committed inputs in
 * {@code LeadReceiverFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class LeadReceiverFuzzTest {
    private static final String TOKEN = "tok_9f8e7d6c5b4a";
    private static final LeadReceiver RECEIVER = LeadReceiver.builder().token(TOKEN).tokenParameter("sig")
            .rejectInvalid(true).build();
    private static final URI URI_WITH_TOKEN = URI.create("/leads?sig=" + TOKEN);

    /**
     * Every body gets a decision, never an exception; the answer is JSON of a known status; an accepted lead is the
     * one LeadJson reads; no planted value and never the token reaches the answer.
     */
    @FuzzTest(maxDuration = "30s")
    void receive(byte[] body) {
        Reception reception = RECEIVER.receive(body, "application/json", URI_WITH_TOKEN);

        assertThat(reception.status()).isIn(202, 400, 413, 422);
        String answer = new String(reception.body(), StandardCharsets.UTF_8);
        assertThat(isJson(reception.body())).isTrue();
        Planted.check(body, answer); // the token is one of the planted values
        if (reception instanceof Reception.Accepted) {
            assertThat(((Reception.Accepted) reception).lead()).isEqualTo(LeadJson.defaults().read(body));
        }
    }

    private static boolean isJson(byte[] bytes) {
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            while (p.nextToken() != null) {
                p.skipChildren();
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

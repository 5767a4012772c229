package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.Harness.Run;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every scenario of issue 4 over HTTP and HTTPS, plus a batch, and scans every exception (messages, causes,
 * stack traces), every result's toString and every log line they produced at any level for the URL secret and
 * the lead's personal data.
 */
class SecretLeakTest {
    @Test
    void noScenarioRevealsTheSecretOrPersonalData() {
        List<String> texts = new ArrayList<>();
        List<String> logLines;
        try (LogCapture log = new LogCapture()) {
            for (Scenario scenario : Scenario.values()) {
                for (boolean https : new boolean[] {false, true}) {
                    Run run = scenario.run(https);
                    texts.add(run.failure() == null ? run.result().toString() : Harness.render(run.failure()));
                    if (run.failure() != null) {
                        texts.add(run.failure().bodyExcerpt());
                    }
                }
            }
            texts.addAll(batchTexts());
            logLines = log.lines();
        }

        assertThat(texts).hasSizeGreaterThan(2 * Scenario.values().length);
        assertThat(logLines).anySatisfy(line -> assertThat(line).contains("attempt 1/3"));
        List<String> everything = new ArrayList<>(texts);
        everything.addAll(logLines);
        for (String secretOrPersonal : List.of(Harness.SECRET, Harness.EMAIL, "Onewho", "16175555555")) {
            assertThat(everything).as("texts holding " + secretOrPersonal)
                    .filteredOn(text -> text.contains(secretOrPersonal)).isEmpty();
        }
    }

    /** A batch with a rejected, a delivered and an abandoned lead, rendered as a caller would log it. */
    private static List<String> batchTexts() {
        List<String> texts = new ArrayList<>();
        try (MockLeadEndpoint endpoint = MockLeadEndpoint.startHttps();
                LeadClient client = Harness.client(endpoint, new RecordingSleeper()).maxConcurrency(1).build()) {
            endpoint.enqueue(MockResponse.of(400, "bad " + Harness.EMAIL), MockResponse.of(202));
            texts.add(client.toString());
            for (SendOutcome outcome : client.sendAll(List.of(Harness.LEAD, Harness.LEAD))) {
                texts.add(outcome.toString());
                if (outcome instanceof SendOutcome.Failed failed) {
                    texts.add(Harness.render(failed.failure()));
                }
            }
            client.close();
            texts.add(client.toString());
        }
        return texts;
    }
}

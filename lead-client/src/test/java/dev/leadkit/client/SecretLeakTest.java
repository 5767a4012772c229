package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.Harness.Run;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Runs every scenario over HTTP and HTTPS, plus a batch, and scans every exception (messages, causes, stack
 * traces), every result's toString and every log line they produced at any level for the URL's secrets (query
 * and path) and the lead's personal data, in any case, also where the receiver echoed them JSON-escaped,
 * upper-cased or reformatted.
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
        for (String secretOrPersonal : List.of(Harness.SECRET, Harness.PATH_SECRET, Harness.EMAIL, "Onewho",
                "16175555555", "617) 555-5555", "617-555-5555")) {
            assertThat(everything).as("texts holding %s, in any case", secretOrPersonal)
                    .filteredOn(text -> text.toLowerCase(Locale.ROOT).contains(secretOrPersonal.toLowerCase(Locale.ROOT)))
                    .isEmpty();
        }
        assertThat(everything).as("texts holding a JSON-escaped letter of the lead's data")
                .filteredOn(text -> text.contains("\\u004f") || text.contains("\\u0040")).isEmpty();
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

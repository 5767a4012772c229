package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.LeadJson;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import dev.leadkit.testing.RecordedRequest;
import dev.leadkit.testing.TestLeads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendCommandTest {
    private static final String SECRET = "sIg-7c1e9b2d4a";
    private static final String LEAD_A = "{\"ActionCode\":\"INS\",\"OfferTitle\":\"A\"}";
    private static final String LEAD_B = "{\"ActionCode\":\"PLT\",\"OfferTitle\":\"B\"}";
    private static final String LEAD_C = "{\"ActionCode\":\"DNC\",\"OfferTitle\":\"C\"}";

    @TempDir
    Path dir;

    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private String url() {
        return endpoint.uri("/invoke?api-version=1&sig=" + SECRET).toString();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Cli.Run send(Map<String, String> env, boolean terminal, String... args) {
        List<String> all = new ArrayList<>(List.of("send"));
        all.addAll(List.of(args));
        return Cli.run(Cli.env(env, "", terminal), all.toArray(new String[0]));
    }

    @Test
    void deliversEveryLeadWithPlainProgressLinesAndExitsZero() throws IOException {
        Path leads = file("leads.jsonl", LEAD_A + "\n" + LEAD_B + "\n" + LEAD_C + "\n");
        Cli.Run run = send(Map.of("LEAD_ENDPOINT", url()), false, "--concurrency", "1", leads.toString());
        assertThat(run.exitCode()).isZero();
        String masked = endpoint.uri() + "invoke?***";
        assertThat(run.out().lines()).hasSize(5).first().isEqualTo("sending 3 leads to " + masked + ", 1 at a time");
        assertThat(run.out()).containsPattern("\\[1/3] " + leads + ":1: delivered, 202 after 1 attempt in \\d+ ms\n")
                .containsPattern("\\[3/3] " + leads + ":3: delivered, ")
                .endsWith("3 leads: 3 delivered, 0 refused, 0 endpoint refused, 0 failed, 0 not attempted\n");
        assertThat(run.out() + run.err()).doesNotContain(SECRET);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest request = endpoint.takeRequest();
            assertThat(request.path()).isEqualTo("/invoke?api-version=1&sig=" + SECRET);
            bodies.add(request.bodyText());
        }
        assertThat(bodies).containsExactly(LEAD_A, LEAD_B, LEAD_C);
    }

    @Test
    void writesTheUndeliveredLeadsToTheFailedFileForARerun() throws IOException {
        endpoint.enqueue(MockResponse.of(202), MockResponse.of(400, "{\"detail\":\"no\"}"), MockResponse.of(202));
        Path leads = file("leads.jsonl", LEAD_A + "\n" + LEAD_B + "\n{\"UserDetails\": 7}\n" + LEAD_C + "\n");
        Path failed = dir.resolve("failed.jsonl");
        Cli.Run run = send(Map.of(), false, "--endpoint", url(), "--concurrency", "1", "--failed-out",
                failed.toString(), leads.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(leads + ":2: NOT delivered, refused: receiver at " + endpoint.uri()
                + "invoke?*** rejected the lead with status 400 (not retried)");
        assertThat(run.out()).contains(leads + ":3: NOT delivered, refused: not a lead, not sent: "
                + "\"/UserDetails\" [type] "
                + "expected an object or null but found a number (line 1, column 17)");
        assertThat(run.out()).endsWith("4 leads: 2 delivered, 2 refused, 0 endpoint refused, 0 failed, 0 not "
                + "attempted; 0 written to " + failed + "\n");
        assertThat(Files.readString(failed)).as("a refused lead fails again: not for a re-run").isEmpty();
        Files.writeString(failed, LEAD_B + "\n");
        assertThat(endpoint.requestCount()).isEqualTo(3);

        Path again = dir.resolve("failed-2.jsonl");
        Cli.Run rerun = send(Map.of(), false, "--endpoint", url(), "--failed-out", again.toString(),
                failed.toString());
        assertThat(rerun.exitCode()).isZero();
        assertThat(rerun.out()).endsWith("1 lead: 1 delivered, 0 refused, 0 endpoint refused, 0 failed, 0 not "
                + "attempted; 0 written to " + again + "\n");
        assertThat(Files.readString(again)).isEmpty();
    }

    @Test
    void showsAnEndpointRefusalApartFromARejectedLead() throws IOException {
        endpoint.enqueue(MockResponse.of(404));
        Path leads = file("leads.jsonl", LEAD_A + "\n");
        Cli.Run run = send(Map.of(), false, "--endpoint", url(), leads.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(leads + ":1: NOT delivered, endpoint refused: lead not delivered to "
                + endpoint.uri() + "invoke?***: the endpoint refused the request with status 404")
                .contains("1 endpoint refused").doesNotContain(SECRET);
    }

    @Test
    void sendsCamelCaseKeysWhenAsked() throws IOException {
        Path lead = file("lead.json", TestLeads.documented2020().text());
        assertThat(send(Map.of(), false, "--endpoint", url(), "--camel-case", lead.toString()).exitCode()).isZero();
        assertThat(endpoint.takeRequest().bodyText()).isEqualTo(LeadJson.builder()
                .naming(LeadJson.Naming.CAMEL_CASE).build().write(TestLeads.documented2020().lead()));
    }

    @Test
    void showsABarOnATerminalAndOnlyTheFailuresAsLines() throws IOException {
        endpoint.enqueue(MockResponse.of(202), MockResponse.of(422));
        Path leads = file("leads.jsonl", LEAD_A + "\n" + LEAD_B + "\n");
        Cli.Run run = send(Map.of(), true, "--endpoint", url(), "--concurrency", "1", leads.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("\r[------------------------------] 0/2 done, 0 delivered, 0 not",
                "\r[###############---------------] 1/2 done, 1 delivered, 0 not",
                "\r[##############################] 2/2 done, 1 delivered, 1 not").endsWith("\n");
        assertThat(run.out()).doesNotContain(":1:").contains(leads + ":2: NOT delivered, refused: ")
                .doesNotContain("[2/2]");
    }

    @Test
    void jsonFormatIsOneObjectPerLead() throws IOException {
        endpoint.enqueue(MockResponse.of(201), MockResponse.of(422));
        Path leads = file("leads.jsonl", LEAD_A + "\n" + LEAD_B + "\n");
        Cli.Run run = send(Map.of(), false, "--endpoint", url(), "--concurrency", "1", "--format", "json",
                leads.toString());
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out().lines().toList().get(0)).matches("\\{\"source\":\"" + leads + ":1\",\"delivered\":true,"
                + "\"outcome\":\"delivered\",\"status\":201,\"attempts\":1,\"ms\":\\d+}");
        assertThat(run.out().lines().toList().get(1)).startsWith("{\"source\":\"" + leads + ":2\",\"delivered\":false,"
                + "\"outcome\":\"refused\",\"error\":\"receiver at ");
        assertThat(run.err()).contains("sending 2 leads to ", "2 leads: 1 delivered, 1 refused, ");
    }

    @Test
    void retriesAsTheClientDoes() throws IOException {
        endpoint.enqueue(MockResponse.builder().status(503).header("Retry-After", "0").build(), MockResponse.of(202));
        Path lead = file("lead.json", LEAD_A);
        Cli.Run run = send(Map.of(), false, "--endpoint", url(), lead.toString());
        assertThat(run.out()).contains(lead + ": delivered, 202 after 2 attempts in ");
    }

    @Test
    void trustsACertificateFromAPemFileForHttps() throws Exception {
        TestKeyStore.write(dir);
        try (MockLeadEndpoint https = MockLeadEndpoint.startHttps()) {
            Path lead = file("lead.json", LEAD_A);
            Cli.Run trusted = send(Map.of(), false, "--endpoint", https.uri("/?sig=" + SECRET).toString(),
                    "--cacert", dir.resolve("server.pem").toString(), lead.toString());
            assertThat(trusted.exitCode()).isZero();
            Cli.Run untrusted = send(Map.of(), false, "--endpoint", https.uri().toString(), "--attempts", "1",
                    lead.toString());
            assertThat(untrusted.exitCode()).isEqualTo(1);
            assertThat(untrusted.out()).contains("TLS handshake failed: the receiver's certificate is not trusted "
                    + "(--cacert FILE.pem").doesNotContain("sun.", "Exception", "java.");
            assertThat(https.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void plainHttpToAnotherHostNeedsTheLoudFlag() throws IOException {
        Path lead = file("lead.json", LEAD_A);
        Cli.Run refused = send(Map.of(), false, "--endpoint", "http://leads.example.invalid/in?sig=" + SECRET,
                lead.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("lead send: endpoint must use https")
                .contains("http://leads.example.invalid/in?***", "--allow-insecure-http").doesNotContain(SECRET);
        Cli.Run flagged = send(Map.of(), false, "--endpoint", url(), "--allow-insecure-http", lead.toString());
        assertThat(flagged.exitCode()).isZero();
        assertThat(flagged.err()).startsWith("WARNING: --allow-insecure-http: leads (personal data) and the URL's "
                + "secret travel unencrypted to " + endpoint.uri() + "invoke?***");
    }

    @Test
    void usageAndIoErrorsExitTwoWithoutShowingTheSecret() throws IOException {
        Path lead = file("lead.json", LEAD_A);
        Cli.Run none = send(Map.of(), false, lead.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("lead send: no endpoint: give --endpoint URL or set LEAD_ENDPOINT\n");
        Cli.Run invalid = send(Map.of(), false, "--endpoint", "https://host/a b?sig=" + SECRET, lead.toString());
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).startsWith("lead send: the endpoint is not a valid URL").doesNotContain(SECRET);
        Cli.Run typo = send(Map.of(), false, "--endpont=https://host/x?sig=" + SECRET, lead.toString());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("--endpont=https://host/***").doesNotContain(SECRET);
        assertThat(send(Map.of(), false, "--endpoint", url(), "--concurrency", "0", lead.toString()).err())
                .isEqualTo("lead send: --concurrency must be 1 to 256: 0\n");
        Cli.Run missing = send(Map.of(), false, "--endpoint", url(), dir.resolve("nope.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        Cli.Run unwritable = send(Map.of(), false, "--endpoint", url(), "--failed-out",
                dir.resolve("no/dir/f.jsonl").toString(), lead.toString());
        assertThat(unwritable.exitCode()).isEqualTo(2);
        assertThat(unwritable.err()).startsWith("lead send: cannot write ");
        assertThat(endpoint.requestCount()).as("nothing sent on any of these").isZero();
    }
}

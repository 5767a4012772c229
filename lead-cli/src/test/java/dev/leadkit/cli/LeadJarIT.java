package dev.leadkit.cli;

import static dev.leadkit.cli.InProcessServe.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadSchema;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import dev.leadkit.testing.TestLeads;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command once as a real process: {@code java -jar lead-cli/target/lead.jar ...}. */
class LeadJarIT {
    private static final Duration QUICK = Duration.ofSeconds(30);
    private static final String SECRET = "sig-4b3a2c1d";

    @TempDir
    Path dir;

    @Test
    void versionAndHelp() throws Exception {
        LeadJar.Result version = LeadJar.run(Map.of(), "", QUICK, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("lead " + System.getProperty("leadkit.version") + " (leadkit, Java ");
        LeadJar.Result help = LeadJar.run(Map.of(), "", QUICK, "send", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: lead send", "Examples:");
        LeadJar.Result usage = LeadJar.run(Map.of(), "", QUICK);
        assertThat(usage.exitCode()).isEqualTo(2);
    }

    @Test
    void demoFinishesInSecondsAndExitsZero() throws Exception {
        long start = System.nanoTime();
        LeadJar.Result demo = LeadJar.run(Map.of(), "", QUICK, "demo");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(demo.exitCode()).as(demo.out() + demo.err()).isZero();
        assertThat(millis).as("a cold JVM included").isLessThan(20_000);
        assertThat(demo.out()).contains("1. Microsoft's documented 2020 sample", "   stored      line 2 of leads.jsonl",
                "   rejected    Not a lead: the body is not a lead", "Every step went as expected");
        assertThat(demo.err()).isEmpty();
    }

    @Test
    void validateReadsStandardInputAndExitsOneForAnInvalidLead() throws Exception {
        LeadJar.Result run = LeadJar.run(Map.of(), ValidateCommandTest.BAD_EMAIL + "\n{}\n", QUICK, "validate", "-");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("-:1: invalid\n"
                + "  \"/UserDetails/Email\" [email] must be a syntactically valid e-mail address\n"
                + "-:2: valid\n"
                + "2 leads: 1 valid, 1 invalid\n");
    }

    @Test
    void schemaAndSamplePrintExactUtf8() throws Exception {
        assertThat(LeadJar.run(Map.of(), "", QUICK, "schema", "latest").out()).isEqualTo(LeadSchema.latest().json());
        LeadJar.Result sample = LeadJar.run(Map.of(), "", QUICK, "sample", "camel-case");
        assertThat(sample.exitCode()).isZero();
        assertThat(sample.out()).as("non-ASCII names intact").isEqualTo(TestLeads.camelCase().text());
    }

    @Test
    void sendPrintsPlainLinesWhenNotATerminalAndWritesTheFailedAndRefusedFiles() throws Exception {
        Path leads = Files.writeString(dir.resolve("leads.jsonl"),
                "{\"ActionCode\":\"INS\"}\n{\"ActionCode\":\"PLT\"}\n{\"ActionCode\":\"DNC\"}\n");
        Path failed = dir.resolve("failed.jsonl");
        Path refused = dir.resolve("refused.jsonl");
        try (MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp()) {
            endpoint.enqueue(MockResponse.of(202), MockResponse.of(400), MockResponse.of(500));
            String url = endpoint.uri("/in?sig=" + SECRET).toString();
            LeadJar.Result run = LeadJar.run(Map.of("LEAD_ENDPOINT", url), "", QUICK, "send", "--concurrency", "1",
                    "--failed-out", failed.toString(), "--refused-out", refused.toString(), leads.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).startsWith("sending 3 leads to " + endpoint.uri() + "in?***, 1 at a time\n")
                    .contains("[1/3] " + leads + ":1: delivered, 202 after 1 attempt in ",
                            "[2/3] " + leads + ":2: NOT delivered, refused: receiver at ",
                            "[3/3] " + leads + ":3: NOT delivered, failed: ")
                    .endsWith("3 leads: 1 delivered, 1 refused, 0 endpoint refused, 1 failed, 0 not attempted; 1 "
                            + "written to " + failed + "; 1 refused written to " + refused + "\n");
            assertThat(run.out() + run.err()).doesNotContain(SECRET);
            assertThat(run.err()).as("no progress frames when standard error is not a terminal").isEmpty();
        }
        assertThat(Files.readString(refused)).isEqualTo("{\"ActionCode\":\"PLT\"}\n");
        assertThat(Files.readString(failed)).isEqualTo("{\"ActionCode\":\"DNC\"}\n");
    }

    @Test
    void theLauncherBesideTheJarIsTheLeadCommandEvenThroughALink() throws Exception {
        Path launcher = Path.of(System.getProperty("lead.launcher"));
        assertThat(Files.isExecutable(launcher)).as(launcher + " is executable").isTrue();
        Path link = Files.createSymbolicLink(dir.resolve("lead"), launcher);
        for (Path command : List.of(launcher, link)) {
            Process process = new ProcessBuilder(command.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(out).isZero();
            assertThat(out).startsWith("lead " + System.getProperty("leadkit.version") + " (leadkit, Java ");
        }
    }

    @Test
    void sampleStopsWhenThePipeCloses() throws Exception {
        // Three million leads take minutes to print; head -1 closes the pipe after the first line.
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process pipeline = new ProcessBuilder("sh", "-c", "'" + javaBin + "' -jar '" + LeadJar.jar()
                + "' sample --random 3000000 | head -1").redirectErrorStream(true).start();
        String out = new String(pipeline.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        boolean ended = pipeline.waitFor(QUICK.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            pipeline.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            pipeline.destroyForcibly();
        }
        assertThat(ended).as("the pipeline ended once head had its line").isTrue();
        assertThat(out.lines()).hasSize(1).first().asString().startsWith("{\"");
    }

    @Test
    void aSampleStreamPipesIntoValidate() throws Exception {
        LeadJar.Result samples = LeadJar.run(Map.of(), "", QUICK, "sample", "--all");
        LeadJar.Result run = LeadJar.run(Map.of(), samples.out(), QUICK, "validate", "-");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("-:1: ").doesNotContain("end of input")
                .containsPattern("\\n" + TestLeads.samples().size() + " leads: ");
    }

    @Test
    void serveStoresRejectsAndStopsOnSigterm() throws Exception {
        Path file = dir.resolve("leads.jsonl");
        String token = "tok-1f2e3d";
        Process serve = LeadJar.start(Map.of("LEAD_TOKEN", token), "serve", "--port", "0", "--out", file.toString());
        Cli.Capture out = new Cli.Capture();
        Thread reader = LeadJar.pump(serve.getInputStream(), out);
        LeadJar.pump(serve.getErrorStream(), new Cli.Capture());
        try {
            URI uri = URI.create(out.await(InProcessServe.LISTENING, QUICK));
            URI withToken = uri.resolve("/?token=" + token);
            HttpClient http = InProcessServe.http();
            assertThat(post(http, withToken, TestLeads.documented2018().text(), "application/json").statusCode())
                    .isEqualTo(202);
            assertThat(post(http, uri.resolve("/?token=wrong"), TestLeads.documented2018().text(), null)
                    .statusCode()).isEqualTo(401);
            String huge = "{\"Description\":\"" + "x".repeat(LeadJson.DEFAULT_MAX_DOCUMENT_BYTES) + "\"}";
            assertThat(post(http, withToken, huge, "application/json").statusCode()).isEqualTo(413);
        } finally {
            // SIGTERM, as a service manager stops it (Ctrl-C is SIGINT, same hook). Through the handle, because
            // Process.destroy() also closes our end of its output, and the last line would be lost.
            serve.toHandle().destroy();
            assertThat(serve.waitFor(20, TimeUnit.SECONDS)).isTrue();
            reader.join();
        }
        assertThat(serve.exitValue()).as("SIGTERM").isEqualTo(143);
        assertThat(out.text()).contains(" POST 202 ", " POST 401 ", " unauthorized", " POST 413 ")
                .endsWith("lead serve: stopped; " + file + " holds 1 lines\n").doesNotContain(token);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).containsExactly(LeadJson.defaults().write(TestLeads.documented2018().lead()));
    }
}

package dev.leadkit.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.client.LeadClient;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadChecks;
import dev.leadkit.receiver.JsonLinesSink;
import dev.leadkit.receiver.LeadEndpoint;
import dev.leadkit.receiver.LeadReceiver;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.testing.LeadAssertions;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import dev.leadkit.testing.RecordedRequest;
import dev.leadkit.testing.TestLeads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * leadkit's published modules on the module path, as named modules, with lead-testing, JUnit and AssertJ on the class
 * path: the arrangement of a modular application's own tests, where any reach into a non-exported package fails.
 */
class ModulePathSmokeTest {
    private static final byte[] BAD_EMAIL = ("{\"userDetails\": {\"firstName\": \"Ana\", \"email\": \"ana@contoso\"},"
            + " \"actionCode\": \"INS\"}").getBytes(StandardCharsets.UTF_8);

    @Test
    void thePublishedModulesAreNamedAndTheTestKitIsOnTheClassPath() {
        assertThat(Lead.class.getModule().getName()).isEqualTo("dev.leadkit.model");
        assertThat(LeadValidator.class.getModule().getName()).isEqualTo("dev.leadkit.schema");
        assertThat(LeadClient.class.getModule().getName()).isEqualTo("dev.leadkit.client");
        assertThat(LeadIntake.class.getModule().getName()).isEqualTo("dev.leadkit.smoke");
        assertThat(TestLeads.class.getModule().isNamed()).as("lead-testing in the unnamed module").isFalse();
        assertThat(Lead.class.getModule().isExported("dev.leadkit.model.internal"))
                .as("internal is exported to no one outside leadkit").isFalse();
    }

    @Test
    void readsALeadAndBothEnginesFindTheBadEmailThroughTheExportedValidators() {
        Lead lead = LeadIntake.read(BAD_EMAIL);
        List<Set<String>> codes = LeadIntake.codes(lead);
        assertThat(codes.get(0)).contains("/UserDetails/Email email");
        assertThat(codes.get(1)).as("Bean Validation agrees with the plain rules").isEqualTo(codes.get(0));
        assertThat(LeadChecks.EmailAddressValidator.class.getModule().isExported(
                LeadChecks.EmailAddressValidator.class.getPackageName())).isTrue();
    }

    @Test
    void leadAssertReportsAWrongEmailAsAnAssertionNotAnIllegalAccessError() {
        Lead lead = LeadIntake.read(BAD_EMAIL);
        LeadAssertions.assertThat(lead).hasEmail("ana@contoso");
        assertThatThrownBy(() -> LeadAssertions.assertThat(lead).hasEmail("ana@fabrikam.example"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("e-mail")
                .hasMessageNotContaining("ana@contoso");
    }

    @Test
    void sendsToTheMockEndpointAndTheRecordedRequestPrintsWithItsQueryMasked() throws Exception {
        try (MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();
                LeadClient client = LeadClient.builder().endpoint(endpoint.uri("/hook?sig=s3cret"))
                        .attemptTimeout(Duration.ofSeconds(10)).build()) {
            endpoint.enqueue(MockResponse.of(202));
            assertThat(client.send(TestLeads.documented2020().lead()).statusCode()).isEqualTo(202);
            RecordedRequest request = endpoint.takeRequest();
            assertThat(request.toString()).contains("/hook?***").doesNotContain("s3cret");
        }
    }

    @Test
    void theEndpointOnJettyStoresWhatTheClientSendsAsNamedModules(@TempDir Path dir) throws Exception {
        assertThat(LeadEndpoint.class.getModule().getName()).isEqualTo("dev.leadkit.receiver");
        assertThat(ModuleLayer.boot().findModule("org.eclipse.jetty.server")).as("Jetty as a named module").isPresent();
        Path file = dir.resolve("leads.jsonl");
        try (LeadEndpoint endpoint = LeadEndpoint.builder(JsonLinesSink.open(file))
                .receiver(LeadReceiver.builder().token("s3cret").build()).start();
                LeadClient client = LeadClient.builder().endpoint(endpoint.uri().resolve("/?token=s3cret"))
                        .attemptTimeout(Duration.ofSeconds(10)).build()) {
            assertThat(client.send(TestLeads.documented2020().lead()).statusCode()).isEqualTo(202);
        }
        assertThat(Files.readAllLines(file)).singleElement()
                .satisfies(line -> assertThat(LeadIntake.read(line.getBytes(StandardCharsets.UTF_8)))
                        .isEqualTo(TestLeads.documented2020().lead()));
    }

    /**
     * Surefire exports every package of every module on the module path to the class path, which would hide a test
     * kit that reaches into {@code dev.leadkit.model.internal}; so the kit runs once more in a plain JVM.
     */
    @Test
    void theTestKitOnTheClassPathNeedsNoInternalPackage() throws IOException, InterruptedException {
        Path testClasses = Path.of(System.getProperty("smoke.testClasses"));
        String out = run(List.of("--module-path", System.getProperty("jdk.module.path"), "--add-modules",
                "ALL-MODULE-PATH", "--class-path", testClasses + java.io.File.pathSeparator
                        + System.getProperty("java.class.path"), "dev.leadkit.smoke.probe.TestKitProbe"));
        assertThat(out.lines()).containsExactly(
                "model-module: dev.leadkit.model",
                "kit-module: unnamed",
                "hasEmail: java.lang.AssertionError",
                "recordedRequest: " + out.lines().filter(l -> l.startsWith("recordedRequest: RecordedRequest["))
                        .findFirst().orElse("recordedRequest: (missing)").substring("recordedRequest: ".length()));
        assertThat(out).contains("/hook?***").doesNotContain("s3cret");
    }

    @Test
    void theLeadCommandRunsAsAModule() throws IOException, InterruptedException {
        assertThat(ModuleLayer.boot().findModule("dev.leadkit.cli")).as("lead-cli resolved as a named module")
                .isPresent();
        String out = run(List.of("--module-path", System.getProperty("jdk.module.path"), "--module",
                "dev.leadkit.cli/dev.leadkit.cli.Main", "sample", "documented-2020"));
        assertThat(out).isEqualTo(TestLeads.documented2020().text());
    }

    /** Runs {@code java} with the arguments, expects exit code 0 within a minute, returns stdout and stderr. */
    private static String run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out;
        try (InputStream in = process.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            out = bytes.toString(StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}

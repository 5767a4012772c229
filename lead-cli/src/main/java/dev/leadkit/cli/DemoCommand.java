package dev.leadkit.cli;

import dev.leadkit.client.LeadClient;
import dev.leadkit.client.LeadClientException;
import dev.leadkit.client.LeadRejectedException;
import dev.leadkit.client.SendResult;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.UserDetails;
import dev.leadkit.model.internal.Masking;
import dev.leadkit.model.internal.Text;
import dev.leadkit.receiver.JsonLinesSink;
import dev.leadkit.receiver.LeadEndpoint;
import dev.leadkit.receiver.LeadReceiver;
import dev.leadkit.testing.TestLeads;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lead demo}: a local endpoint, two real-shaped leads and a broken payload, every step shown. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = LeadCommand.Version.class,
        header = "See it all work in seconds, with no setup.",
        description = {"Shows leadkit end to end with no setup: starts 'lead serve' on a free loopback port with a "
                + "temporary file, sends Microsoft's documented 2020 sample, a camelCase lead as Microsoft really "
                + "sends it, and a broken payload through LeadClient, and prints each step: sent, status, "
                + "validated, stored, or rejected and why. Cleans up after itself; exit code 0 if every step went "
                + "as expected."},
        footerHeading = "%nExamples:%n",
        footer = {"  lead demo", "  java -jar lead-cli/target/lead.jar demo"})
final class DemoCommand implements Callable<Integer> {
    /** UserDetails as an array: not a lead. The receiver says where, and never echoes the values. */
    static final String BROKEN = "{\"UserDetails\": [\"Some\", \"One\", \"someone@contoso.com\"], \"ActionCode\": \"INS\"}";

    @Spec
    CommandSpec spec;

    private PrintWriter out;
    private final BlockingQueue<String> serverLog = new LinkedBlockingQueue<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("lead-demo-");
        Path file = dir.resolve("leads.jsonl");
        boolean asExpected;
        try (LeadEndpoint server = LeadEndpoint.builder(JsonLinesSink.open(file)).receiver(LeadReceiver.defaults())
                .listener(new ServeLog(serverLog::add, false, file)).start();
                LeadClient client = LeadClient.builder().endpoint(server.uri()).attemptTimeout(Duration.ofSeconds(10))
                        .build()) {
            out.println("lead demo: a lead endpoint (lead serve) on " + server.uri() + ", storing accepted leads in "
                    + file);
            byte[] documented = LeadJson.defaults().writeBytes(TestLeads.documented2020().lead());
            asExpected = step(1, "Microsoft's documented 2020 sample (PascalCase), sent with LeadClient.send",
                    documented.length, () -> client.send(TestLeads.documented2020().lead()), file, true);
            byte[] camel = TestLeads.camelCase().bytes();
            asExpected &= step(2, "a lead as Microsoft really sends it (camelCase keys), sent byte for byte with "
                    + "LeadClient.sendJson", camel.length, () -> client.sendJson(camel), file, true);
            byte[] broken = BROKEN.getBytes(StandardCharsets.UTF_8);
            asExpected &= step(3, "a broken payload (UserDetails is an array), sent with LeadClient.sendJson",
                    broken.length, () -> client.sendJson(broken), file, false);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
        out.println();
        out.println(asExpected
                ? "Every step went as expected: 2 leads stored, 1 payload rejected. The endpoint is stopped and "
                        + dir + " deleted."
                : "Some step did NOT go as expected (see above). The endpoint is stopped and " + dir + " deleted.");
        out.println("Next: lead serve --help, lead send --help, lead validate --help.");
        out.flush();
        return asExpected ? Main.OK : Main.SOME_FAILED;
    }

    /** Runs one send and prints what became of it; true if the lead was stored, or rejected, as expected. */
    private boolean step(int n, String what, int bytes, Supplier<SendResult> send, Path file, boolean shouldStore)
            throws IOException, InterruptedException {
        List<String> before = Files.readAllLines(file, StandardCharsets.UTF_8);
        out.println();
        out.println(n + ". " + what);
        row("sent", bytes + " bytes, POST /");
        boolean stored;
        try {
            SendResult result = send.get();
            row("status", result.statusCode() + " after " + result.attempts()
                    + (result.attempts() == 1 ? " attempt in " : " attempts in ") + result.elapsed().toMillis() + " ms");
            Answer answer = Answer.read(result.bodyExcerpt());
            row("validated", Boolean.TRUE.equals(answer.valid()) ? "valid"
                    : answer.items().size() + " violation(s), accepted anyway (a real lead is never dropped)");
            answer.items().forEach(v -> row("", ValidateCommand.describe(v)));
        } catch (LeadRejectedException e) {
            row("status", e.statusCode() + ", a rejection: not retried");
            Answer answer = Answer.read(e.bodyExcerpt());
            // The client summarises a problem+json answer as "title: detail; errors: pointer (code), ...".
            row("rejected", answer.detail() == null ? e.bodyExcerpt().replaceAll("\\p{Cntrl}", " ")
                    : answer.detail());
            answer.items().forEach(v -> row("", ValidateCommand.describe(v)));
        } catch (LeadClientException e) {
            row("status", "not delivered: " + e.getMessage());
        }
        List<String> after = Files.readAllLines(file, StandardCharsets.UTF_8);
        stored = after.size() == before.size() + 1;
        if (stored) {
            row("stored", "line " + after.size() + " of " + file.getFileName() + ": "
                    + summary(LeadJson.defaults().read(after.get(after.size() - 1))));
        } else {
            row("stored", "nothing; the file still holds " + after.size() + (after.size() == 1 ? " lead" : " leads"));
        }
        String logLine = serverLog.poll(5, TimeUnit.SECONDS);
        row("server log", logLine == null ? "(no line within 5 s)" : logLine);
        return stored == shouldStore;
    }

    private void row(String label, String text) {
        out.printf("   %-11s %s%n", label, text);
    }

    /** The lead in a few words, contact details masked. */
    private static String summary(Lead lead) {
        UserDetails d = lead.userDetails();
        String who = d == null ? "no contact details" : Masking.name(d.firstName()) + " " + Masking.name(d.lastName())
                + " <" + Masking.email(d.email()) + ">";
        return lead.actionCode() + " for " + Text.quote(String.valueOf(lead.offerTitle())) + " from "
                + lead.leadSource() + ", " + who;
    }
}

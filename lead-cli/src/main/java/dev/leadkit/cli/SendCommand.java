package dev.leadkit.cli;

import dev.leadkit.client.DeliveryFailedException;
import dev.leadkit.client.LeadClient;
import dev.leadkit.client.RetryPolicy;
import dev.leadkit.client.SendResult;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import dev.leadkit.model.internal.Masking;
import dev.leadkit.schema.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lead send}: posts leads with the client and accounts for every one of them (see {@link LeadOutcome}),
 * writing those a re-run may deliver to {@code --failed-out} and the refused ones to {@code --refused-out} as they
 * happen. On SIGINT or SIGTERM (or an interrupt of the calling thread) no further lead is handed to the client, the
 * sends in flight finish or time out, the rest are written to {@code --failed-out} as not attempted, and the
 * summary is printed.
 */
@Command(name = "send", mixinStandardHelpOptions = true, versionProvider = LeadCommand.Version.class,
        header = "Post leads to an endpoint, with retries and a file for a re-run.",
        description = {"Posts each lead to the endpoint with leadkit's client: a deadline per attempt, retries on "
                + "connection failures, 408, 429, 502, 503 and 504, never on a rejection.",
            "The endpoint comes from --endpoint or LEAD_ENDPOINT (which keeps a URL's secret out of the shell "
                + "history); it is only ever shown with its query masked.",
            "Every lead ends as one of: delivered; refused (the receiver refused its content: to --refused-out); "
                + "endpoint refused (401, 403, 404, 405, 410, 415: a wrong URL or token); failed; not attempted. "
                + "The last three go to --failed-out as they happen, ready for a re-run. After "
                + "--max-connect-failures leads in a row could not connect, the rest are not attempted. Ctrl-C lets "
                + "the sends in flight finish, writes every lead not yet delivered to --failed-out and prints the "
                + "summary.",
            "FILE is read as by 'lead validate'. A progress bar when standard error is a terminal, else one line per "
                + "lead.",
            "Exit code 0 if every lead was delivered, 1 if some was not, 2 for a usage or I/O error."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lead send --endpoint http://127.0.0.1:8080/ lead.json",
            "  export LEAD_ENDPOINT='https://prod-12.westeurope.logic.azure.com/...&sig=...'",
            "  lead send --failed-out failed.jsonl --refused-out refused.jsonl leads.jsonl",
            "  lead send --failed-out failed-2.jsonl failed.jsonl    # the re-run",
            "  lead send --cacert server.pem --concurrency 32 --camel-case big.jsonl"})
final class SendCommand implements Callable<Integer> {
    private final Environment env;

    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Where to post; https, or plain http to this machine. Default: $LEAD_ENDPOINT.")
    String endpoint;

    @Option(names = "--camel-case", description = "Send camelCase keys (userDetails, firstName), as Microsoft "
            + "really does, instead of the documented PascalCase.")
    boolean camelCase;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8",
            description = "Leads in flight at once, 1 to 256 (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--failed-out", paramLabel = "FILE",
            description = "Append each lead a re-run may deliver (failed, endpoint refused, not attempted) to this "
                    + "JSON Lines file as it happens; emptied first; never one of the inputs.")
    Path failedOut;

    @Option(names = "--refused-out", paramLabel = "FILE",
            description = "Append each lead whose content the receiver refused to this JSON Lines file: to fix, "
                    + "not to re-run as is. Emptied first.")
    Path refusedOut;

    @Option(names = "--max-connect-failures", paramLabel = "N", defaultValue = "10",
            description = "After N leads in a row could not connect, do not attempt the rest; they go to "
                    + "--failed-out at once. 0: try every lead (default: ${DEFAULT-VALUE}).")
    int maxConnectFailures;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Deadline of one attempt, the whole exchange (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "3",
            description = "Attempts per lead, the first included (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--cacert", paramLabel = "FILE.pem",
            description = "Trust only the certificates in this PEM file (a private CA, a test certificate).")
    Path caCert;

    @Option(names = "--allow-insecure-http", description = "INSECURE: allow plain http to a host that is not this "
            + "machine; leads (personal data) and the URL's secret then cross the network unencrypted.")
    boolean allowInsecureHttp;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: a line per lead; json: one JSON object per lead and line (default: "
                    + "${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    LeadFiles files;

    /** How a lead is handed to the client: {@code client::sendAsync}; a package-private seam for tests. */
    Function<LeadClient, Function<Lead, CompletableFuture<SendResult>>> transport = client -> client::sendAsync;

    SendCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter info = format == OutputFormat.JSON ? err : out;
        List<Inputs.Input> inputs = files.read(env);
        SendFiles.checkDistinct(files.names, failedOut, refusedOut);
        if (maxConnectFailures < 0) {
            throw new CliException("--max-connect-failures must be >= 0: " + maxConnectFailures);
        }
        URI uri = endpoint();
        LeadJson.Naming naming = camelCase ? LeadJson.Naming.CAMEL_CASE : LeadJson.Naming.PASCAL_CASE;
        if (allowInsecureHttp && "http".equalsIgnoreCase(uri.getScheme())) {
            err.println("WARNING: --allow-insecure-http: leads (personal data) and the URL's secret travel "
                    + "unencrypted to " + Masking.url(uri));
        }
        // The files are opened (and emptied) before any send: one that cannot be written stops the command there.
        try (LeadClient client = client(uri, naming); OutputStream failedFile = SendFiles.open(failedOut);
                OutputStream refusedFile = SendFiles.open(refusedOut)) {
            SendLedger ledger = new SendLedger(failedFile, refusedFile, LeadJson.builder().naming(naming).build(),
                    maxConnectFailures);
            info.println("sending " + inputs.size() + (inputs.size() == 1 ? " lead" : " leads") + " to "
                    + Masking.url(uri) + ", " + concurrency + " at a time");
            info.flush();
            Progress progress = new Progress(out, err, env.terminal(), env.columns(), format, inputs.size());
            Stop stop = Stop.onSignals(Duration.ofSeconds((long) attempts * (timeoutSeconds + 30) + 10));
            try {
                boolean plainHttp = "http".equalsIgnoreCase(uri.getScheme());
                sendAll(inputs, transport.apply(client), ledger, progress, stop, plainHttp);
                progress.finish();
                summary(info, inputs.size(), ledger, stop.requested());
            } finally {
                stop.done();
            }
            if (ledger.writeFailure() != null) {
                throw new CliException("cannot write " + (failedOut != null ? failedOut : refusedOut) + ": "
                        + IoProblems.describe(ledger.writeFailure()), ledger.writeFailure());
            }
            return ledger.count(LeadOutcome.DELIVERED) == inputs.size() ? Main.OK : Main.SOME_FAILED;
        } catch (IOException e) {
            throw new CliException("cannot close " + failedOut + " or " + refusedOut + ": "
                    + IoProblems.describe(e), e);
        }
    }

    /** Hands each lead to the client, at most {@code concurrency} at once, and waits for the last one. */
    private void sendAll(List<Inputs.Input> inputs, Function<Lead, CompletableFuture<SendResult>> send,
            SendLedger ledger, Progress progress, Stop stop, boolean plainHttp) {
        Semaphore slots = new Semaphore(concurrency);
        for (Inputs.Input input : inputs) {
            Lead lead;
            try {
                lead = LeadJson.defaults().read(input.json());
            } catch (LeadParseException e) {
                String why = "not a lead, not sent: " + ValidateCommand.describe(Violation.of(e));
                ledger.record(null, LeadOutcome.REFUSED, false);
                progress.report(input.source(), LeadOutcome.REFUSED, why);
                continue;
            }
            boolean slot = false;
            if (!stop.requested() && !ledger.endpointUnreachable()) {
                try {
                    slots.acquire();
                    slot = true;
                } catch (InterruptedException e) {
                    stop.request();
                }
            }
            if (stop.requested() || ledger.endpointUnreachable()) {
                if (slot) {
                    slots.release();
                }
                String why = stop.requested() ? "interrupted before it was sent"
                        : "the endpoint is unreachable: " + maxConnectFailures + " leads in a row could not connect";
                ledger.record(lead, LeadOutcome.NOT_ATTEMPTED, false);
                progress.report(input.source(), LeadOutcome.NOT_ATTEMPTED, why);
                continue;
            }
            CompletableFuture<SendResult> sent;
            try {
                sent = send.apply(lead);
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            sent.whenComplete((result, failure) -> {
                try {
                    book(input.source(), lead, result, failure, ledger, progress, plainHttp);
                } finally {
                    slots.release();
                }
            });
        }
        if (Thread.interrupted()) { // an interrupt after the last lead was handed out: taken as the stop it is
            stop.request();
        }
        slots.acquireUninterruptibly(concurrency); // every send handed out has ended and is booked
    }

    private static void book(String source, Lead lead, SendResult result, Throwable failure, SendLedger ledger,
            Progress progress, boolean plainHttp) {
        if (failure == null && result != null) {
            ledger.record(lead, LeadOutcome.DELIVERED, false);
            progress.delivered(source, result);
            return;
        }
        Throwable cause = failure == null ? new IllegalStateException("the client returned no result")
                : LeadOutcome.unwrap(failure);
        LeadOutcome outcome = LeadOutcome.of(cause);
        ledger.record(lead, outcome, LeadOutcome.isConnectFailure(cause));
        String why = LeadOutcome.describe(cause, plainHttp);
        progress.report(source, outcome, why);
    }

    private void summary(PrintWriter info, int total, SendLedger ledger, boolean interrupted) {
        if (interrupted) {
            info.println("interrupted: the sends in flight ended; the leads not sent are not attempted");
        }
        StringBuilder line = new StringBuilder().append(total).append(total == 1 ? " lead: " : " leads: ");
        for (LeadOutcome outcome : LeadOutcome.values()) {
            line.append(outcome == LeadOutcome.DELIVERED ? "" : ", ").append(ledger.count(outcome)).append(' ')
                    .append(outcome.label());
        }
        if (failedOut != null) {
            line.append("; ").append(ledger.failedWritten()).append(" written to ").append(failedOut);
        }
        if (refusedOut != null) {
            line.append("; ").append(ledger.refusedWritten()).append(" refused written to ").append(refusedOut);
        }
        info.println(line);
        info.flush();
    }

    private URI endpoint() {
        String value = endpoint != null ? endpoint : env.variable("LEAD_ENDPOINT");
        if (value == null) {
            throw new CliException("no endpoint: give --endpoint URL or set LEAD_ENDPOINT");
        }
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new CliException("the endpoint is not a valid URL (" + e.getReason() + " at index "
                    + e.getIndex() + ")");
        }
    }

    private LeadClient client(URI uri, LeadJson.Naming naming) {
        if (concurrency < 1 || concurrency > 256) {
            throw new CliException("--concurrency must be 1 to 256: " + concurrency);
        }
        if (timeoutSeconds < 1) {
            throw new CliException("--timeout must be >= 1: " + timeoutSeconds);
        }
        if (attempts < 1) {
            throw new CliException("--attempts must be >= 1: " + attempts);
        }
        try {
            return LeadClient.builder().endpoint(uri).naming(naming).maxConcurrency(concurrency)
                    .attemptTimeout(Duration.ofSeconds(timeoutSeconds))
                    .retryPolicy(RetryPolicy.builder().maxAttempts(attempts).build())
                    .sslContext(caCert == null ? null : Tls.trusting(caCert))
                    .allowInsecurePlainHttp(allowInsecureHttp).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage() + (e.getMessage().contains("allowInsecurePlainHttp")
                    ? " (the command line option is --allow-insecure-http)" : ""), e);
        }
    }
}

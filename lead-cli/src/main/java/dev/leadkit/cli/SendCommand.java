package dev.leadkit.cli;

import dev.leadkit.client.DeliveryFailedException;
import dev.leadkit.client.LeadClient;
import dev.leadkit.client.LeadClientException;
import dev.leadkit.client.RetryPolicy;
import dev.leadkit.client.SendResult;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import dev.leadkit.model.internal.Masking;
import dev.leadkit.schema.Violation;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lead send}: posts leads with the client, and keeps the ones that were not delivered for a re-run. */
@Command(name = "send", mixinStandardHelpOptions = true, versionProvider = LeadCommand.Version.class,
        header = "Post leads to an endpoint, with retries and a file for a re-run.",
        description = {"Posts each lead to the endpoint with leadkit's client: a deadline per attempt, retries on "
                + "connection failures, 408, 429, 502, 503 and 504, never on a rejection.",
            "The endpoint comes from --endpoint or LEAD_ENDPOINT (which keeps a URL's secret out of the shell "
                + "history); it is only ever shown with its query masked.",
            "FILE is read as by 'lead validate'. A progress bar on a terminal, else one line per lead.",
            "Exit code 0 if every lead was delivered, 1 if some was not, 2 for a usage or I/O error."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lead send --endpoint http://127.0.0.1:8080/ lead.json",
            "  export LEAD_ENDPOINT='https://prod-12.westeurope.logic.azure.com/...&sig=...'",
            "  lead send --failed-out failed.jsonl leads.jsonl",
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
            description = "Write every lead that was not delivered to this JSON Lines file (emptied first), ready "
                    + "for a re-run.")
    Path failedOut;

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

    SendCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter info = format == OutputFormat.JSON ? err : out;
        List<Inputs.Input> inputs = files.read(env);
        URI uri = endpoint();
        LeadJson.Naming naming = camelCase ? LeadJson.Naming.CAMEL_CASE : LeadJson.Naming.PASCAL_CASE;
        if (allowInsecureHttp && "http".equalsIgnoreCase(uri.getScheme())) {
            err.println("WARNING: --allow-insecure-http: leads (personal data) and the URL's secret travel "
                    + "unencrypted to " + Masking.url(uri));
        }
        int delivered = 0;
        int undelivered = 0;
        List<Lead> leads = new ArrayList<>();
        List<CompletableFuture<Boolean>> sends = new ArrayList<>();
        // The failed-out file is opened before any send: one that cannot be written stops the command there.
        try (LeadClient client = client(uri, naming); OutputStream failedFile = openFailedOut()) {
            info.println("sending " + inputs.size() + (inputs.size() == 1 ? " lead" : " leads") + " to "
                    + Masking.url(uri) + ", " + concurrency + " at a time");
            info.flush();
            Progress progress = new Progress(out, err, env.terminal(), format, inputs.size());
            for (Inputs.Input input : inputs) {
                Lead lead;
                try {
                    lead = LeadJson.defaults().read(input.json());
                } catch (LeadParseException e) {
                    leads.add(null);
                    String why = "not a lead, not sent: " + ValidateCommand.describe(Violation.of(e));
                    progress.report(input.source(), false, why, failure(input.source(), why));
                    sends.add(CompletableFuture.completedFuture(false));
                    continue;
                }
                leads.add(lead);
                sends.add(client.sendAsync(lead).handle((result, failure) -> {
                    report(progress, input.source(), result, failure);
                    return failure == null;
                }));
            }
            CompletableFuture.allOf(sends.toArray(new CompletableFuture<?>[0])).join();
            progress.finish();
            LeadJson written = LeadJson.builder().naming(naming).build();
            for (int i = 0; i < sends.size(); i++) {
                if (sends.get(i).join()) {
                    delivered++;
                } else if (leads.get(i) != null) {
                    undelivered++;
                    failedFile.write(written.writeBytes(leads.get(i)));
                    failedFile.write('\n');
                }
            }
        } catch (IOException e) {
            throw new CliException("cannot write " + failedOut + ": " + e.getMessage(), e);
        }
        int notDelivered = inputs.size() - delivered;
        info.println(inputs.size() + (inputs.size() == 1 ? " lead: " : " leads: ") + delivered + " delivered, "
                + notDelivered + " not delivered" + (failedOut == null ? ""
                        : "; " + undelivered + " written to " + failedOut));
        info.flush();
        return notDelivered == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private static void report(Progress progress, String source, SendResult result, Throwable failure) {
        if (failure == null) {
            String text = result.statusCode() + " after " + result.attempts()
                    + (result.attempts() == 1 ? " attempt" : " attempts") + " in " + result.elapsed().toMillis()
                    + " ms";
            progress.report(source, true, text, JsonLine.of(g -> {
                g.writeStringField("source", source);
                g.writeBooleanField("delivered", true);
                g.writeNumberField("status", result.statusCode());
                g.writeNumberField("attempts", result.attempts());
                g.writeNumberField("ms", result.elapsed().toMillis());
            }));
            return;
        }
        Throwable cause = failure.getCause() != null && !(failure instanceof LeadClientException)
                ? failure.getCause() : failure;
        String why = cause instanceof DeliveryFailedException d
                && d.reason() == DeliveryFailedException.Reason.ENDPOINT_REFUSED
                ? "ENDPOINT REFUSED (fix the endpoint, then re-run): " + cause.getMessage() : cause.getMessage();
        progress.report(source, false, why, failure(source, why));
    }

    private static String failure(String source, String why) {
        return JsonLine.of(g -> {
            g.writeStringField("source", source);
            g.writeBooleanField("delivered", false);
            g.writeStringField("error", why);
        });
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

    /** The --failed-out file, emptied; or a stream that drops everything if there is none. */
    private OutputStream openFailedOut() {
        if (failedOut == null) {
            return OutputStream.nullOutputStream();
        }
        try {
            return new BufferedOutputStream(Files.newOutputStream(failedOut));
        } catch (IOException e) {
            throw new CliException("cannot write " + failedOut + ": " + e.getMessage(), e);
        }
    }
}

package dev.leadkit.cli;

import dev.leadkit.model.internal.Text;
import dev.leadkit.receiver.JsonLinesSink;
import dev.leadkit.receiver.LeadEndpoint;
import dev.leadkit.receiver.LeadReceiver;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lead serve}: a real lead endpoint ({@link LeadEndpoint}) that appends accepted leads to a JSON Lines file. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = LeadCommand.Version.class,
        header = "Run a local lead endpoint that stores accepted leads.",
        description = {"Runs a lead endpoint: POST a lead to / and it is checked; an accepted lead is appended to "
                + "the --out file and on the disk before the 202 goes out, so an acknowledged lead is never lost, "
                + "not even on Ctrl-C or a kill. Rejections get an RFC 9457 problem body (400, 401, 408, 413, 415, "
                + "422; 503 if the file cannot take the lead). GET /health answers 200 while leads are taken.",
            "Slow or lying clients are cut off (10 s for the headers, 20 s for a body), and the token and the size "
                + "are checked before a body is read.",
            "One log line per request, without personal data or the token (none with --quiet). Stops on Ctrl-C.",
            "A crash can leave a torn last line only for a lead that was never acknowledged; readers skip a line "
                + "that does not parse, and the next start ends it with a newline.",
            "Environment: LEAD_PORT, LEAD_BIND, LEAD_OUT stand in for the options; LEAD_TOKEN and "
                + "LEAD_TLS_PASSWORD keep secrets out of the process list."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lead serve                       # http://127.0.0.1:8080/, leads.jsonl",
            "  lead serve --port 0 --out /tmp/leads.jsonl     # any free port",
            "  LEAD_TOKEN=$(openssl rand -hex 16) lead serve  # POST to /?token=...",
            "  LEAD_TLS_PASSWORD=... lead serve --bind 0.0.0.0 --tls-keystore server.p12"})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_BIND = "127.0.0.1";
    static final String DEFAULT_OUT = "leads.jsonl";

    private final Environment env;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "The port; 0 picks a free one (default: LEAD_PORT, "
            + "else " + DEFAULT_PORT + ").")
    String port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "The address to listen on (default: LEAD_BIND, else " + DEFAULT_BIND
                    + ", this machine only).")
    String bind;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The JSON Lines file accepted leads are appended to, one per line in the documented "
                    + "PascalCase form; a regular file (default: LEAD_OUT, else " + DEFAULT_OUT + ").")
    Path out;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Accept only POSTs whose URL carries ?token=TOKEN; others get 401. Or set LEAD_TOKEN, "
                    + "which keeps it out of the process list.")
    String token;

    @Option(names = "--reject-invalid", description = "Answer 422 for a lead that breaks a validation rule "
            + "(default: accept it; the 202 body lists the violations).")
    boolean rejectInvalid;

    @Option(names = "--tls-keystore", paramLabel = "FILE.p12",
            description = "Serve https with the key and certificate in this PKCS12 file.")
    Path tlsKeyStore;

    @Option(names = "--tls-password", paramLabel = "PASSWORD",
            description = "The key store's password; or set LEAD_TLS_PASSWORD.")
    String tlsPassword;

    @Option(names = {"-q", "--quiet"}, description = "No line per request: only the start and stop lines, warnings "
            + "and errors.")
    boolean quiet;

    ServeCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        String secret = token != null ? token : env.variable("LEAD_TOKEN");
        SSLContext tls = tlsKeyStore == null ? null : Tls.server(tlsKeyStore, password());
        int portNumber = port();
        String host = bind != null ? bind : env.variable("LEAD_BIND") != null ? env.variable("LEAD_BIND")
                : DEFAULT_BIND;
        InetAddress address = address(host);
        Path file = out != null ? out : Path.of(env.variable("LEAD_OUT") != null ? env.variable("LEAD_OUT")
                : DEFAULT_OUT);
        LeadReceiver receiver = LeadReceiver.builder().token(secret).rejectInvalid(rejectInvalid).build();
        JsonLinesSink sink = open(file);
        LeadEndpoint endpoint;
        try {
            endpoint = LeadEndpoint.builder(sink).receiver(receiver).bind(address).port(portNumber).tls(tls)
                    .listener(new ServeLog(line -> {
                        synchronized (stdout) {
                            stdout.println(line);
                            stdout.flush();
                        }
                    }, quiet, file)).start();
        } catch (IOException e) {
            sink.close();
            throw new CliException("cannot listen on " + host + ":" + portNumber + ": " + e.getMessage(), e);
        }
        Thread hook = new Thread(() -> stop(endpoint, sink, stdout), "lead-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (sink.repairedTornLine()) {
            stdout.println("note: " + file + " ended with a torn line (a lead a crash cut off before it was "
                    + "acknowledged); it now ends with a newline");
        }
        if (tls == null && !address.isLoopbackAddress()) {
            stdout.println("WARNING: plain http on " + host + ": leads (personal data) cross the network "
                    + "unencrypted; use --tls-keystore");
        }
        if (token == null && secret != null) {
            stdout.println("For Partner Center, paste your public https URL with the token; the token is not shown "
                    + "here, build the URL where LEAD_TOKEN is set: echo \"https://YOUR-HOST" + endpoint.uri().getPath()
                    + "?token=$LEAD_TOKEN\" (a token other than letters, digits and -._~ must be percent-encoded)");
        }
        stdout.println("lead serve: listening on " + endpoint.uri() + (secret == null ? "" : "?token=***")
                + ", storing accepted leads in " + file.toAbsolutePath() + " (" + sink.lines() + " lines so far)");
        stdout.flush();
        try {
            endpoint.awaitClosed();
        } catch (InterruptedException e) {
            stop(endpoint, sink, stdout);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or ran: nothing to remove
            }
        }
        return Main.OK;
    }

    private static void stop(LeadEndpoint endpoint, JsonLinesSink sink, PrintWriter stdout) {
        endpoint.close();
        stdout.println("lead serve: stopped; " + sink.file() + " holds " + sink.lines() + " lines");
        stdout.flush();
    }

    private int port() {
        String text = port != null ? port : env.variable("LEAD_PORT");
        String name = port != null ? "--port" : "LEAD_PORT";
        if (text == null) {
            return DEFAULT_PORT;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0 && n <= 65535) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CliException(name + " must be 0 to 65535: " + Text.quote(text));
    }

    private char[] password() {
        String password = tlsPassword != null ? tlsPassword : env.variable("LEAD_TLS_PASSWORD");
        if (password == null) {
            throw new CliException("--tls-keystore needs --tls-password or LEAD_TLS_PASSWORD");
        }
        return password.toCharArray();
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CliException("--bind: unknown address " + host, e);
        }
    }

    private static JsonLinesSink open(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new CliException(file + " is not a regular file (a pipe, a device or a directory): accepted "
                    + "leads go only to a regular file, where each line can be forced to the disk before its 202");
        }
        try {
            return JsonLinesSink.open(file);
        } catch (FileSystemException e) {
            throw new CliException("cannot open " + file + " for appending: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException("cannot open " + file + " for appending: " + e, e);
        }
    }
}

package dev.leadkit.cli;

import dev.leadkit.receiver.LeadReceiver;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lead serve}: a real lead endpoint that appends accepted leads to a JSON Lines file. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = LeadCommand.Version.class,
        header = "Run a local lead endpoint that stores accepted leads.",
        description = {"Runs a lead endpoint: POST a lead to / and it is checked; an accepted lead is appended to "
                + "the --out file and on the disk before the 202 goes out, so an acknowledged lead is never lost, "
                + "not even on Ctrl-C or a kill. Rejections get an RFC 9457 problem body (400, 401, 413, 415, 422).",
            "One log line per request, without personal data or the token. Stops on Ctrl-C.",
            "A crash can leave a torn last line only for a lead that was never acknowledged; readers skip a line "
                + "that does not parse, and the next start ends it with a newline."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lead serve                       # http://127.0.0.1:8080/, leads.jsonl",
            "  lead serve --port 0 --out /tmp/leads.jsonl     # any free port",
            "  LEAD_TOKEN=$(openssl rand -hex 16) lead serve  # POST to /?token=...",
            "  LEAD_TLS_PASSWORD=... lead serve --bind 0.0.0.0 --tls-keystore server.p12"})
final class ServeCommand implements Callable<Integer> {
    private final Environment env;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "The port; 0 picks a free one (default: "
            + "${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--out", defaultValue = "leads.jsonl", paramLabel = "FILE",
            description = "The JSON Lines file accepted leads are appended to, one per line in the documented "
                    + "PascalCase form (default: ${DEFAULT-VALUE}).")
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

    ServeCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        String secret = token != null ? token : env.variable("LEAD_TOKEN");
        SSLContext tls = tlsKeyStore == null ? null : Tls.server(tlsKeyStore, password());
        if (port < 0 || port > 65535) {
            throw new CliException("--port must be 0 to 65535: " + port);
        }
        InetSocketAddress address = new InetSocketAddress(address(bind), port);
        LeadReceiver receiver = LeadReceiver.builder().token(secret).rejectInvalid(rejectInvalid).build();
        LeadStore store = open(out);
        LeadServer server;
        try {
            server = LeadServer.start(address, tls, receiver, store, line -> {
                stdout.println(line);
                stdout.flush();
            });
        } catch (IOException e) {
            store.close();
            throw new CliException("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        Thread hook = new Thread(() -> stop(server, stdout), "lead-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (store.repairedTornLine()) {
            stdout.println("note: " + out + " ended with a torn line (a lead a crash cut off before it was "
                    + "acknowledged); it now ends with a newline");
        }
        if (tls == null && !address.getAddress().isLoopbackAddress()) {
            stdout.println("WARNING: plain http on " + bind + ": leads (personal data) cross the network "
                    + "unencrypted; use --tls-keystore");
        }
        stdout.println("lead serve: listening on " + server.uri() + (secret == null ? "" : "?token=***")
                + ", storing accepted leads in " + out.toAbsolutePath() + " (" + store.lines() + " lines so far)");
        stdout.flush();
        try {
            server.awaitClosed();
        } catch (InterruptedException e) {
            stop(server, stdout);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or ran: nothing to remove
            }
        }
        return Main.OK;
    }

    private static void stop(LeadServer server, PrintWriter stdout) {
        server.close();
        stdout.println("lead serve: stopped; " + server.store().file() + " holds " + server.store().lines()
                + " lines");
        stdout.flush();
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

    private static LeadStore open(Path file) {
        try {
            return LeadStore.open(file);
        } catch (IOException e) {
            throw new CliException("cannot open " + file + " for appending: " + e, e);
        }
    }
}

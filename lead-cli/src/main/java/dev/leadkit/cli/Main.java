package dev.leadkit.cli;

import dev.leadkit.model.internal.Masking;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point of the {@code lead} command. Exit codes: 0 when every lead was valid, delivered or stored; 1 when
 * some lead was not; 2 for a usage or I/O error; 3 for an internal error (a bug: please report it).
 */
public final class Main {
    /** Exit code: every lead was valid, delivered or stored. */
    static final int OK = 0;
    /** Exit code: some lead was invalid or not delivered. */
    static final int SOME_FAILED = 1;
    /** Exit code: the command line was wrong, or reading or writing a file failed. */
    static final int USAGE_OR_IO = 2;
    /** Exit code: a bug. */
    static final int INTERNAL = 3;

    private Main() {
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args the command line, such as {@code demo} or {@code validate leads.jsonl}
     */
    public static void main(String[] args) {
        Environment environment = Environment.system();
        CommandLine commandLine = commandLine(environment)
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    /** The command line with all subcommands, reading the environment, standard input and terminal from {@code env}. */
    static CommandLine commandLine(Environment env) {
        CommandLine commandLine = new CommandLine(new LeadCommand())
                .addSubcommand(new ValidateCommand(env))
                .addSubcommand(new SendCommand(env))
                .addSubcommand(new ServeCommand(env))
                .addSubcommand(new DemoCommand())
                .addSubcommand(new SchemaCommand())
                .addSubcommand(new SampleCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof CliException failure) {
                cl.getErr().println("lead " + cl.getCommandName() + ": " + failure.getMessage());
                return USAGE_OR_IO;
            }
            cl.getErr().println("lead " + cl.getCommandName() + ": internal error, please report it: " + e);
            e.printStackTrace(cl.getErr());
            return INTERNAL;
        });
        return commandLine;
    }

    /** Prints a usage error with every URL that has a query masked: an endpoint's secret never reaches the screen. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String message = e.getMessage();
        for (String arg : args) {
            if (arg.contains("?") && message.contains(arg)) {
                message = message.replace(arg, masked(arg));
            }
        }
        cl.getErr().println("lead: " + message);
        cl.getErr().println("Try 'lead " + (cl.getParent() == null ? "" : cl.getCommandName() + " ") + "--help'.");
        return USAGE_OR_IO;
    }

    /** An argument with its query masked: the URL part via {@link Masking#url}, anything else after '?' as ***. */
    static String masked(String arg) {
        int eq = arg.startsWith("-") ? arg.indexOf('=') : -1;
        String value = arg.substring(eq + 1);
        String shown;
        try {
            shown = Masking.url(URI.create(value));
        } catch (IllegalArgumentException notAUri) {
            shown = value.substring(0, value.indexOf('?')) + "?***";
        }
        return arg.substring(0, eq + 1) + shown;
    }
}

package dev.leadkit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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
        // Standard output on its file descriptor, not System.out (a PrintStream that swallows errors): a closed pipe
        // (lead sample --random 300000 | head -1) then shows in PrintWriter.checkError and the command stops.
        CommandLine commandLine = commandLine(environment)
                .setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                        StandardCharsets.UTF_8), true))
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
                .addSubcommand(new SampleCommand())
                .addSubcommand(new CommandLine.HelpCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof CliException failure) {
                cl.getErr().println("lead " + cl.getCommandName() + ": " + failure.getMessage());
                return failure instanceof Inputs.EmptyInputException ? SOME_FAILED : USAGE_OR_IO;
            }
            cl.getErr().println("lead " + cl.getCommandName() + ": internal error, please report it: " + e);
            e.printStackTrace(cl.getErr());
            return INTERNAL;
        });
        return commandLine;
    }

    /** Prints a usage error without any value that may be a secret (see {@link UsageErrors}). */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        CommandLine root = cl;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        cl.getErr().println("lead: " + UsageErrors.redact(e.getMessage(), args, root));
        cl.getErr().println("Try 'lead " + (cl.getParent() == null ? "" : cl.getCommandName() + " ") + "--help'.");
        return USAGE_OR_IO;
    }
}

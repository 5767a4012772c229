package dev.leadkit.cli;

import dev.leadkit.client.LeadClient;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lead}: names the subcommands; run alone, it shows its usage. */
@Command(name = "lead", mixinStandardHelpOptions = true, versionProvider = LeadCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {"Validate, send, receive and try out Microsoft commercial-marketplace leads.",
            "Exit codes: 0 all leads valid, delivered or stored; 1 some were not; 2 usage or I/O error; 3 internal "
                + "error (a bug: please report it)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lead demo                       # three leads to a local endpoint",
            "  lead validate lead.json more.jsonl",
            "  LEAD_ENDPOINT='https://...' lead send --failed-out failed.jsonl a.jsonl",
            "  lead serve --port 8080 --out leads.jsonl",
            "  lead schema > schema.json       # to paste into Power Automate",
            "  lead help COMMAND               # options and examples of a command"})
final class LeadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE_OR_IO;
    }

    /** The project version, as the client's {@code User-Agent} carries it. */
    static final class Version implements CommandLine.IVersionProvider {
        static String value() {
            return LeadClient.USER_AGENT.substring(LeadClient.USER_AGENT_PRODUCT.length() + 1);
        }

        @Override
        public String[] getVersion() {
            return new String[] {"lead " + value() + " (leadkit, Java " + Runtime.version() + ")"};
        }
    }
}

package dev.leadkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lead schema}: prints a lead JSON schema, exactly, to paste into Power Automate. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = LeadCommand.Version.class,
        header = "Print a lead JSON schema, to paste into Power Automate.",
        description = {"Prints a lead JSON schema exactly: leadkit's tolerant one (the default), which accepts "
                + "every lead Microsoft is known to send, camelCase and nulls included; or Microsoft's documented "
                + "2020 (latest) or 2018 schema, byte for byte.",
            "Paste it into Power Automate's 'When a HTTP request is received' trigger."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lead schema                    # the tolerant schema",
            "  lead schema latest > microsoft-2020.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "latest|2018|tolerant", arity = "0..1", defaultValue = "tolerant",
            converter = SchemaName.Converter.class, completionCandidates = SchemaName.Candidates.class,
            description = "Which schema (default: ${DEFAULT-VALUE}).")
    SchemaName schema;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(schema.schema().json());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}

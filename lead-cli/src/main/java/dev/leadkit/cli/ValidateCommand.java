package dev.leadkit.cli;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import dev.leadkit.model.internal.Text;
import dev.leadkit.schema.LeadProfile;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.schema.Violation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lead validate}: a verdict per lead, with pointers to what is wrong. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = LeadCommand.Version.class,
        header = "Check leads: a verdict per lead, with JSON pointers.",
        description = {"Checks leads: each must read as a lead, match the schema and pass the validator's rules.",
            "FILE is a JSON file (a lead, several one after the other, or an array of leads), a .jsonl or .ndjson "
                + "file (one lead per non-blank line) or - for standard input (JSON Lines if its first non-blank "
                + "line is a complete {...} object, else as a JSON file). --lines reads every FILE as JSON Lines. "
                + "At most 128 MiB in one run.",
            "Exit code 0 if every lead is valid, 1 if some is not or an input holds no lead, 2 for a usage or I/O "
                + "error (a file too large included)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lead validate lead.json",
            "  lead validate --schema latest --profile contactable,dynamics-365 leads.jsonl",
            "  lead sample --all | lead validate -",
            "  cat a.jsonl | lead validate --format json - | jq 'select(.valid|not)'"})
final class ValidateCommand implements Callable<Integer> {
    private final Environment env;

    @Spec
    CommandSpec spec;

    @Option(names = "--schema", paramLabel = "latest|2018|tolerant", defaultValue = "tolerant",
            converter = SchemaName.Converter.class, completionCandidates = SchemaName.Candidates.class,
            description = "The JSON schema the raw document must match: Microsoft's 2020 (latest) or 2018 schema, "
                    + "or leadkit's tolerant one, which also accepts camelCase keys and nulls (default: "
                    + "${DEFAULT-VALUE}).")
    SchemaName schema;

    @Option(names = "--profile", paramLabel = "PROFILE", split = ",", converter = ProfileName.Converter.class,
            completionCandidates = ProfileName.Candidates.class,
            description = "Rules to add to the default ones (valid e-mail, sane sizes): ${COMPLETION-CANDIDATES}.")
    List<LeadProfile> profiles = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: a verdict per lead and a summary; json: one JSON object per lead and line "
                    + "(default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    LeadFiles files;

    ValidateCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        LeadValidator.Builder rules = LeadValidator.builder();
        profiles.forEach(rules::profile);
        LeadValidator validator = rules.build();
        PrintWriter out = spec.commandLine().getOut();
        int invalid = 0;
        List<Inputs.Input> inputs = files.read(env);
        for (Inputs.Input input : inputs) {
            List<Violation> violations = check(input.json(), validator);
            if (!violations.isEmpty()) {
                invalid++;
            }
            if (format == OutputFormat.JSON) {
                out.println(JsonLine.of(g -> {
                    g.writeStringField("source", input.source());
                    g.writeBooleanField("valid", violations.isEmpty());
                    JsonLine.violations(g, violations);
                }));
            } else {
                out.println(input.source() + ": " + (violations.isEmpty() ? "valid" : "invalid"));
                violations.forEach(v -> out.println("  " + describe(v)));
            }
        }
        if (format == OutputFormat.TEXT) {
            out.println(inputs.size() + (inputs.size() == 1 ? " lead: " : " leads: ") + (inputs.size() - invalid)
                    + " valid, " + invalid + " invalid");
        }
        out.flush();
        return invalid == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** What is wrong with a document: why it is not a lead, or its schema and rule violations; empty if nothing. */
    private List<Violation> check(byte[] json, LeadValidator validator) {
        Lead lead;
        try {
            lead = LeadJson.defaults().read(json);
        } catch (LeadParseException e) {
            return List.of(Violation.of(e));
        }
        List<Violation> found = new ArrayList<>(schema.schema().validate(json).violations());
        found.addAll(validator.validate(lead).violations());
        return found;
    }

    /** One violation for a terminal: {@code "/UserDetails/Email" [email] must be ...}, control characters escaped. */
    static String describe(Violation v) {
        return Text.pointer(v.pointer()) + " [" + v.code() + "] " + v.message();
    }
}

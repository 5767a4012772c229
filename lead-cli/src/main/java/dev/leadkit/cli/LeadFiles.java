package dev.leadkit.cli;

import java.util.List;
import picocli.CommandLine.Parameters;

/** The {@code FILE...} parameters that {@code validate} and {@code send} share, read as {@link Inputs} reads them. */
final class LeadFiles {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON or JSON Lines files, or - for standard input.")
    List<String> names;

    /** Every lead document named, read before anything is checked or sent. */
    List<Inputs.Input> read(Environment env) {
        return Inputs.read(names, env.stdin());
    }
}

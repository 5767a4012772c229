package dev.leadkit.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code FILE...} parameters that {@code validate} and {@code send} share, read as {@link Inputs} reads them. */
final class LeadFiles {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON files (a lead, several, or an array of "
            + "leads), JSON Lines files (.jsonl, .ndjson), or - for standard input.")
    List<String> names;

    @Option(names = "--lines", description = "Read every FILE as JSON Lines, one lead per non-blank line, whatever "
            + "its name.")
    boolean lines;

    /** Every lead document named, read before anything is checked or sent. */
    List<Inputs.Input> read(Environment env) {
        return Inputs.read(names, env.stdin(), lines);
    }
}

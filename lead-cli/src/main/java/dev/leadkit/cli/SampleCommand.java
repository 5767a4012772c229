package dev.leadkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.leadkit.model.LeadJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lead sample}: prints leadkit's sample leads, or random ones, to try a receiver or a flow with. */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = LeadCommand.Version.class,
        header = "Print sample leads, or random ones.",
        description = {"Prints sample leads exactly as shipped (the documented-2020 sample if no NAME is given), "
                + "or random realistic leads as JSON Lines. --list shows the names."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lead sample                    # Microsoft's documented 2020 sample",
            "  lead sample --list",
            "  lead sample camel-case msft-test",
            "  lead sample --all --lines > samples.jsonl",
            "  lead sample --random 1000 --seed 7 > load.jsonl"})
final class SampleCommand implements Callable<Integer> {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Sample names; see --list.")
    List<String> names = new ArrayList<>();

    @Option(names = "--list", description = "List the samples' names and what each one is.")
    boolean list;

    @Option(names = "--all", description = "Print every sample.")
    boolean all;

    @Option(names = "--lines", description = "Print each sample on one line (JSON Lines), keys and values as "
            + "shipped.")
    boolean lines;

    @Option(names = "--random", paramLabel = "N", description = "Print N random realistic leads, one per line.")
    Integer random;

    @Option(names = "--seed", paramLabel = "SEED",
            description = "The seed of --random: the same seed prints the same leads (default: 0).")
    Long seed;

    @Option(names = "--camel-case", description = "Write --random leads with camelCase keys, as Microsoft sends.")
    boolean camelCase;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        checkCombination();
        if (list) {
            for (Samples.Sample sample : Samples.ALL) {
                out.printf("%-24s %s%n", sample.name(), sample.description());
            }
        } else if (random != null) {
            if (random < 0) {
                throw new CliException("--random must be >= 0: " + random);
            }
            LeadJson json = LeadJson.builder()
                    .naming(camelCase ? LeadJson.Naming.CAMEL_CASE : LeadJson.Naming.PASCAL_CASE).build();
            long start = seed == null ? 0 : seed;
            for (long n = 0; n < random; n++) {
                out.println(json.write(LeadGenerator.lead(start, n)));
                if ((n + 1) % 64 == 0 && out.checkError()) {
                    return Main.OK; // the reader has gone (| head -1): nobody wants the rest
                }
            }
        } else {
            for (Samples.Sample sample : chosen()) {
                out.print(lines ? compact(sample.bytes()) + "\n" : sample.text());
            }
        }
        out.flush();
        return Main.OK;
    }

    /** Options that would be ignored together are an error: the user meant something else. */
    private void checkCombination() {
        List<String> given = new ArrayList<>();
        if (list) {
            given.add("--list");
        }
        if (all) {
            given.add("--all");
        }
        if (random != null) {
            given.add("--random");
        }
        if (!names.isEmpty()) {
            given.add("NAME");
        }
        if (given.size() > 1) {
            throw new CliException(String.join(" and ", given) + " cannot be combined: each says which leads to "
                    + "print");
        }
        if (lines && (list || random != null)) {
            throw new CliException("--lines is for samples: " + (list ? "--list" : "--random") + " ignores it");
        }
        if (random == null && (seed != null || camelCase)) {
            throw new CliException((seed != null ? "--seed" : "--camel-case") + " only applies to --random");
        }
    }

    private List<Samples.Sample> chosen() {
        if (all) {
            return Samples.ALL;
        }
        if (names.isEmpty()) {
            return List.of(Samples.named("documented-2020"));
        }
        List<Samples.Sample> chosen = new ArrayList<>();
        for (String name : names) {
            try {
                chosen.add(Samples.named(name));
            } catch (IllegalArgumentException e) {
                throw new CliException("no sample named " + name + "; lead sample --list shows them", e);
            }
        }
        return chosen;
    }

    /** The document on one line, every key and value as it was. */
    private static String compact(byte[] json) {
        StringWriter out = new StringWriter();
        try (JsonParser p = FACTORY.createParser(json); JsonGenerator g = FACTORY.createGenerator(out)) {
            p.nextToken();
            g.copyCurrentStructure(p);
        } catch (IOException e) {
            throw new UncheckedIOException("a shipped sample is always JSON", e);
        }
        return out.toString();
    }
}

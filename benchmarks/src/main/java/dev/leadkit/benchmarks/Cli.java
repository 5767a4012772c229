package dev.leadkit.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options for the harness mains; flags without a value are given as {@code --name true}. */
final class Cli {
    private Cli() {
    }

    static Map<String, String> options(String[] args, String... known) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of(known).contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + List.of(known));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("option " + name + " is required");
        }
        return value;
    }
}

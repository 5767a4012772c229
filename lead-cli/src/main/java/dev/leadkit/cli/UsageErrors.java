package dev.leadkit.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * Makes a picocli usage error safe to print: whatever picocli quotes from the command line, no value that may be a
 * secret reaches the screen. Hidden: the value of an option that carries a secret ({@link #SECRET_OPTIONS}); the
 * value of an option that is not one of the command line's ({@code --tokn=T0KEN}, {@code --tokn T0KEN}: a typo of
 * a secret option looks like any other typo); and every argument that looks like a URL ({@code ://}) or has a query
 * ({@code ?}), which shows as {@code https://host/***}: a URL's path may be a secret too.
 */
final class UsageErrors {
    /** The options whose values are secrets: a token, an endpoint URL with its signature, a key store password. */
    static final Set<String> SECRET_OPTIONS = Set.of("--token", "--endpoint", "--tls-password");

    private UsageErrors() {
    }

    /**
     * The message with every value that may be a secret replaced.
     *
     * @param message picocli's message
     * @param args the whole command line
     * @param root the top command, whose options and subcommands' options are the known ones
     */
    static String redact(String message, String[] args, CommandLine root) {
        Set<String> known = optionNames(root);
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-") && arg.length() > 1) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                boolean hide = SECRET_OPTIONS.contains(name) || !known.contains(name);
                if (hide && eq >= 0) {
                    hidden.add(arg.substring(eq + 1));
                } else if (hide && i + 1 < args.length) {
                    hidden.add(args[i + 1]);
                }
            }
            if (arg.contains("://") || arg.contains("?")) {
                hidden.add(arg);
            }
        }
        hidden.sort(Comparator.comparingInt(String::length).reversed());
        String safe = message;
        for (String value : hidden) {
            if (!value.isEmpty()) {
                safe = safe.replace(value, shown(value));
            }
        }
        return safe;
    }

    /**
     * How a possibly secret value is shown: a URL as its scheme and host, {@code https://host/***}; anything else
     * as {@code ***}.
     */
    static String shown(String value) {
        int scheme = value.indexOf("://");
        if (scheme > 0) {
            try {
                URI uri = URI.create(value.substring(scheme - schemeLength(value, scheme)));
                if (uri.getHost() != null) {
                    String prefix = value.substring(0, scheme - schemeLength(value, scheme));
                    return prefix + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":"
                            + uri.getPort()) + "/***";
                }
            } catch (IllegalArgumentException notAUri) {
                // shown as *** below
            }
        }
        return "***";
    }

    /** The length of the letters before {@code ://}. */
    private static int schemeLength(String value, int scheme) {
        int start = scheme;
        while (start > 0 && Character.isLetter(value.charAt(start - 1))) {
            start--;
        }
        return scheme - start;
    }

    private static Set<String> optionNames(CommandLine command) {
        Set<String> names = new HashSet<>();
        command.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
        command.getSubcommands().values().forEach(sub -> names.addAll(optionNames(sub)));
        return names;
    }
}

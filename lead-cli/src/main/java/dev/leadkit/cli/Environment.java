package dev.leadkit.cli;

import java.io.Console;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * What a command takes from its surroundings besides its arguments, so tests can run every command in-process.
 *
 * @param variables the environment variables ({@code LEAD_ENDPOINT}, {@code LEAD_TOKEN}, {@code LEAD_TLS_PASSWORD})
 * @param stdin standard input, for the file name {@code -}
 * @param terminal whether standard error is a terminal, which gets a progress bar instead of one line per lead
 */
record Environment(Map<String, String> variables, InputStream stdin, boolean terminal) {
    /** The width assumed when none is known: {@value}. */
    static final int DEFAULT_COLUMNS = 80;

    /** This process's surroundings; on a terminal without {@code COLUMNS}, its width from {@code stty}. */
    static Environment system() {
        boolean terminal = Terminal.stderrIsTerminal();
        Map<String, String> variables = System.getenv();
        if (terminal && variables.get("COLUMNS") == null) {
            int columns = Terminal.sttyColumns();
            if (columns > 0) {
                variables = new HashMap<>(variables);
                variables.put("COLUMNS", Integer.toString(columns));
            }
        }
        return new Environment(variables, System.in, terminal);
    }

    /** The terminal's width: {@code COLUMNS}, else {@link #DEFAULT_COLUMNS}. */
    int columns() {
        String value = variable("COLUMNS");
        try {
            return value == null ? DEFAULT_COLUMNS : Math.max(Integer.parseInt(value.trim()), 1);
        } catch (NumberFormatException e) {
            return DEFAULT_COLUMNS;
        }
    }

    /**
     * Whether the console is an interactive terminal: the last resort of {@link Terminal#stderrIsTerminal()}. Up to
     * JDK 21 a console exists only then; from JDK 22 one may
     * exist for redirected streams too, and {@code Console.isTerminal()} (called reflectively, as this runs on 17)
     * tells.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // JDK 17 to 21: a console is a terminal
        }
    }

    /** A variable's value, or null if it is unset or empty. */
    String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }
}

package dev.leadkit.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * What a command takes from its surroundings besides its arguments, so tests can run every command in-process.
 *
 * @param variables the environment variables ({@code LEAD_ENDPOINT}, {@code LEAD_TOKEN}, {@code LEAD_TLS_PASSWORD})
 * @param stdin standard input, for the file name {@code -}
 * @param terminal whether output goes to a terminal, which gets a progress bar instead of one line per lead
 */
record Environment(Map<String, String> variables, InputStream stdin, boolean terminal) {
    static Environment system() {
        return new Environment(System.getenv(), System.in, System.console() != null);
    }

    /** A variable's value, or null if it is unset or empty. */
    String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }
}

package dev.leadkit.cli;

/**
 * A command cannot run as asked: a bad option value, a missing file, a port in use. Exit code 2; the message is
 * shown as is, so it never holds an endpoint's query or a lead's personal data.
 */
class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}

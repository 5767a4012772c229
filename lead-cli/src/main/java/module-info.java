/**
 * The {@code lead} command line: validate, send, serve and demo marketplace leads from a terminal.
 *
 * <p>An application, so it exports no package; picocli reads the command classes reflectively. It ships as one
 * runnable jar ({@code target/lead.jar}) that runs on the class path, and as this module for module-path use.
 */
module dev.leadkit.cli {
    requires dev.leadkit.client;
    requires dev.leadkit.receiver;
    requires dev.leadkit.schema;
    requires dev.leadkit.testing;
    requires com.fasterxml.jackson.core;
    requires info.picocli;

    opens dev.leadkit.cli to info.picocli;
}

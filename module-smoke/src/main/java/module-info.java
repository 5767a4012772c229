/**
 * A modular application of leadkit, for the module-path smoke test: it requires every published module (lead-cli for
 * its runnable module only) and reaches none of their internals.
 */
module dev.leadkit.smoke {
    requires dev.leadkit.model;
    requires dev.leadkit.schema;
    requires dev.leadkit.receiver;
    requires dev.leadkit.client;
    requires dev.leadkit.cli;

    exports dev.leadkit.smoke;
}

/**
 * Marketplace lead records and their JSON codec.
 *
 * <p>{@code dev.leadkit.model.internal} is shared with the other leadkit modules only; it is not API.
 */
module dev.leadkit.model {
    requires transitive com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;

    exports dev.leadkit.model;
    exports dev.leadkit.model.internal to dev.leadkit.client, dev.leadkit.testing;

    opens dev.leadkit.model to com.fasterxml.jackson.databind, tools.jackson.databind;
}

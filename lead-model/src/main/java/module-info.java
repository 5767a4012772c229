/**
 * Marketplace lead records and their JSON codec.
 *
 * <p>{@code dev.leadkit.model.internal} is shared with the leadkit modules that need it and is not API: no
 * framework, Bean Validation provider or test kit needs it (the constraint validators are public classes nested in
 * {@code LeadChecks}). The model package is opened to Jackson 2 and 3 and to Hibernate Validator so they can read
 * the records' annotated fields.
 */
module dev.leadkit.model {
    requires transitive com.fasterxml.jackson.annotation;
    // LeadChecks' constraint annotations expose jakarta.validation.Payload; the pom already makes the API a compile
    // dependency, so readers of this module get it too.
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.core;

    exports dev.leadkit.model;
    exports dev.leadkit.model.internal to dev.leadkit.schema, dev.leadkit.receiver, dev.leadkit.client, dev.leadkit.cli;

    opens dev.leadkit.model to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
}

/**
 * Marketplace lead records and their JSON codec.
 *
 * <p>{@code dev.leadkit.model.internal} is shared with the other leadkit modules only; it is not API. It is also
 * exported to Hibernate Validator, which instantiates the {@code ConstraintValidator}s of {@code LeadChecks} there,
 * and the model package is opened to it so it can read the annotated record fields.
 */
module dev.leadkit.model {
    requires transitive com.fasterxml.jackson.annotation;
    // LeadChecks' constraint annotations expose jakarta.validation.Payload; the pom already makes the API a compile
    // dependency, so readers of this module get it too.
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.core;

    exports dev.leadkit.model;
    exports dev.leadkit.model.internal to dev.leadkit.schema, dev.leadkit.client, dev.leadkit.testing, dev.leadkit.cli,
            org.hibernate.validator;

    opens dev.leadkit.model to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
}

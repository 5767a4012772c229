/**
 * The official lead JSON schemas, an exact schema check, and validation profiles for typed leads.
 *
 * <p>Hibernate Validator is the Bean Validation provider this module brings; it is started only when a
 * {@code LeadValidator} is asked to use Bean Validation.
 */
module dev.leadkit.schema {
    requires transitive dev.leadkit.model;
    // LeadValidator.Builder.validator(...) takes a jakarta.validation.Validator.
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.core;
    requires org.hibernate.validator;

    exports dev.leadkit.schema;
}

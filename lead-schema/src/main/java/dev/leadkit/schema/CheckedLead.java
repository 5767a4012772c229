package dev.leadkit.schema;

import dev.leadkit.model.Lead;
import java.util.Objects;

/**
 * A lead read from JSON, with the schema check of the very same bytes: what {@link LeadSchema#read(byte[])}
 * returns.
 *
 * @param lead the lead, as {@code LeadJson} reads it
 * @param report the schema's verdict on the document, equal to {@link LeadSchema#validate(byte[])}'s
 */
public record CheckedLead(Lead lead, ValidationReport report) {
    /** Creates the pair; both parts are required. */
    public CheckedLead {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(report, "report");
    }
}

package dev.leadkit.client;

import dev.leadkit.model.Lead;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.schema.ValidationReport;

/**
 * The optional check before a lead is sent. Kept apart so that lead-schema's classes load only when a validator
 * is configured: without one, lead-client runs without lead-schema on the class path.
 */
final class PreSendCheck {
    private PreSendCheck() {
    }

    static void requireValid(Object validator, Lead lead, String endpoint) {
        ValidationReport report = ((LeadValidator) validator).validate(lead);
        if (!report.isValid()) {
            throw new LeadInvalidException(endpoint, report);
        }
    }
}

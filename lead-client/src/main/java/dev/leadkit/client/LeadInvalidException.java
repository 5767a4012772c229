package dev.leadkit.client;

import dev.leadkit.schema.ValidationReport;
import dev.leadkit.schema.Violation;
import java.util.StringJoiner;

/**
 * The lead failed the client's pre-send check ({@link LeadClient.Builder#validator}) and was not sent. Never
 * retried: the lead must change first. The message names each violation's pointer and code, never a value.
 */
public final class LeadInvalidException extends LeadClientException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    LeadInvalidException(String endpoint, ValidationReport report) {
        super("lead not sent to " + endpoint + ": it failed validation at " + where(report), null, 0, "");
        this.report = report;
    }

    private static String where(ValidationReport report) {
        StringJoiner out = new StringJoiner(", ");
        for (Violation v : report.violations()) {
            out.add(v.pointer() + " (" + v.code() + ")");
        }
        return out.toString();
    }

    /**
     * What the validator found.
     *
     * @return the report, never valid
     */
    public ValidationReport report() {
        return report;
    }

    /** Always false: the same lead fails the same check. */
    @Override
    public boolean isRetryable() {
        return false;
    }
}

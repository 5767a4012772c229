package dev.leadkit.cli;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * The books of one {@code lead send}: counts every lead's {@link LeadOutcome} and writes each lead a re-run may
 * deliver to the failed file, and each refused one to the refused file, as it happens, flushed at once, so an
 * interrupted or killed run leaves them complete up to the last lead it accounted for. Also tells when the
 * endpoint looks unreachable: that many connect failures in a row. Thread-safe: sends finish on the client's
 * threads.
 */
final class SendLedger {
    private final OutputStream failedFile;
    private final OutputStream refusedFile;
    private final LeadJson writer;
    private final int maxConnectFailures;
    private final Map<LeadOutcome, Integer> counts = new EnumMap<>(LeadOutcome.class);
    private int connectFailuresInARow;
    private int failedWritten;
    private int refusedWritten;
    private IOException writeFailure;

    /**
     * @param maxConnectFailures connect failures in a row after which the endpoint counts as unreachable; 0 never
     */
    SendLedger(OutputStream failedFile, OutputStream refusedFile, LeadJson writer, int maxConnectFailures) {
        this.failedFile = failedFile;
        this.refusedFile = refusedFile;
        this.writer = writer;
        this.maxConnectFailures = maxConnectFailures;
        for (LeadOutcome outcome : LeadOutcome.values()) {
            counts.put(outcome, 0);
        }
    }

    /**
     * Books one lead.
     *
     * @param lead the lead, or null for a document that is not a lead (counted, written nowhere)
     * @param outcome what became of it
     * @param connectFailure whether it failed because no connection could be made
     */
    synchronized void record(Lead lead, LeadOutcome outcome, boolean connectFailure) {
        counts.merge(outcome, 1, Integer::sum);
        if (outcome != LeadOutcome.NOT_ATTEMPTED) {
            connectFailuresInARow = connectFailure ? connectFailuresInARow + 1 : 0;
        }
        if (lead == null || outcome == LeadOutcome.DELIVERED || writeFailure != null) {
            return;
        }
        try {
            OutputStream file = outcome.retryable() ? failedFile : refusedFile;
            byte[] json = writer.writeBytes(lead);
            byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            file.write(line); // one write: a line is whole in the file, or not there
            file.flush();
            if (outcome.retryable()) {
                failedWritten++;
            } else {
                refusedWritten++;
            }
        } catch (IOException e) {
            writeFailure = e;
        }
    }

    /** Whether the last {@code maxConnectFailures} leads that ended all failed to connect. */
    synchronized boolean endpointUnreachable() {
        return maxConnectFailures > 0 && connectFailuresInARow >= maxConnectFailures;
    }

    synchronized int count(LeadOutcome outcome) {
        return counts.get(outcome);
    }

    synchronized int failedWritten() {
        return failedWritten;
    }

    synchronized int refusedWritten() {
        return refusedWritten;
    }

    /** The first failure to write a file, or null: the command then ends with exit code 2. */
    synchronized IOException writeFailure() {
        return writeFailure;
    }
}

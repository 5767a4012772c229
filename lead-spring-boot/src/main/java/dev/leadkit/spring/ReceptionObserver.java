package dev.leadkit.spring;

import java.time.Duration;

/**
 * Hears what the receiving endpoint decided, for meters. Nothing it is given holds lead data, a body or a URL:
 * a status, a problem type from a fixed set, a validity flag and a time. Implementations must be thread-safe.
 */
interface ReceptionObserver {
    /** Hears nothing. */
    ReceptionObserver NONE = new ReceptionObserver() {
        @Override
        public void answered(int status, String problemType, Boolean valid) {
        }

        @Override
        public void stored(boolean ok, Duration time) {
        }
    };

    /**
     * A request was answered.
     *
     * @param status the status answered
     * @param problemType the problem type URI of a refusal, or null for 202
     * @param valid for 202, whether the lead passed validation; null for a refusal
     */
    void answered(int status, String problemType, Boolean valid);

    /**
     * The sink was called for an accepted lead.
     *
     * @param ok whether it returned (the lead is durable) rather than threw
     * @param time how long it took
     */
    void stored(boolean ok, Duration time);
}

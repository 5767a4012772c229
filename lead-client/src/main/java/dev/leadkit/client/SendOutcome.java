package dev.leadkit.client;

import dev.leadkit.model.Lead;
import java.util.Objects;

/**
 * What became of one lead of a batch ({@link LeadClient#sendAll}): {@link Delivered} with its result or
 * {@link Failed} with its reason. Every lead of a batch gets exactly one outcome.
 */
public sealed interface SendOutcome permits SendOutcome.Delivered, SendOutcome.Failed {
    /**
     * The lead this outcome is for.
     *
     * @return the lead, as passed in
     */
    Lead lead();

    /**
     * Whether the lead was delivered.
     *
     * @return true for {@link Delivered}
     */
    boolean isDelivered();

    /**
     * The lead was delivered.
     *
     * @param lead the lead
     * @param result the receiver's answer
     */
    record Delivered(Lead lead, SendResult result) implements SendOutcome {
        /** Creates the outcome; both arguments are required. */
        public Delivered {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(result, "result");
        }

        @Override
        public boolean isDelivered() {
            return true;
        }
    }

    /**
     * The lead was not delivered.
     *
     * @param lead the lead
     * @param failure why: a {@link LeadRejectedException}, {@link DeliveryFailedException} or {@link LeadInvalidException}
     */
    record Failed(Lead lead, LeadClientException failure) implements SendOutcome {
        /** Creates the outcome; both arguments are required. */
        public Failed {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public boolean isDelivered() {
            return false;
        }
    }
}

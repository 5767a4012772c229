package dev.leadkit.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How often, when and for how long {@link LeadClient} tries to deliver one lead. Immutable and thread-safe.
 *
 * <p>A send makes at most {@link #maxAttempts()} attempts and never starts one, nor a wait, that would end past
 * its whole-call budget {@link #callTimeout()}; each attempt also has the client's own deadline
 * ({@link LeadClient.Builder#attemptTimeout(Duration)}), cut to what is left of the budget.
 *
 * <p>Retried by default: a connection that could not be made (the receiver never saw the lead) and the statuses
 * 408, 429, 502, 503 and 504. Not retried by default: 500 and every other status, because the receiver may have
 * acted on the lead, and a connection lost or a deadline passed after the request went out, for the same reason
 * ({@link Builder#retryWhenDeliveryUncertain(boolean)} opts in, for idempotent receivers).
 *
 * <p>The wait before retry {@code n} (1 for the second attempt) is
 * {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}, shortened by a random fraction of up to
 * {@code jitter}. A {@code Retry-After} answer (seconds or an HTTP-date) replaces that wait; if it asks for more
 * than {@code maxRetryAfter}, or more than the budget has left, the send fails at once rather than retry early.
 */
public final class RetryPolicy {
    /** Default number of attempts, the first included: {@value}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** Default whole-call budget of one send, attempts and waits included: 60 s. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    /** Default wait before the first retry: 500 ms. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    /** Default longest wait between attempts: 10 s. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(10);
    /** Default growth of the wait: {@value}. */
    public static final double DEFAULT_MULTIPLIER = 2.0;
    /** Default largest random fraction taken off a wait: {@value}. */
    public static final double DEFAULT_JITTER = 0.5;
    /** Default longest {@code Retry-After} honoured: 30 s. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);
    /** Default retried statuses: 408, 429, 502, 503, 504. */
    public static final Set<Integer> DEFAULT_RETRYABLE_STATUSES =
            Collections.unmodifiableSet(new TreeSet<>(Set.of(408, 429, 502, 503, 504)));

    private static final RetryPolicy DEFAULTS = builder().build();

    private final int maxAttempts;
    private final Duration callTimeout;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double multiplier;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final Set<Integer> retryableStatuses;
    private final boolean retryWhenDeliveryUncertain;

    private RetryPolicy(Builder b) {
        maxAttempts = b.maxAttempts;
        callTimeout = b.callTimeout;
        initialBackoff = b.initialBackoff;
        maxBackoff = b.maxBackoff;
        multiplier = b.multiplier;
        jitter = b.jitter;
        maxRetryAfter = b.maxRetryAfter;
        retryableStatuses = b.retryableStatuses;
        retryWhenDeliveryUncertain = b.retryWhenDeliveryUncertain;
    }

    /**
     * The default policy, as described on this class.
     *
     * @return the shared default
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a policy with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this policy's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).callTimeout(callTimeout).initialBackoff(initialBackoff)
                .maxBackoff(maxBackoff).multiplier(multiplier).jitter(jitter).maxRetryAfter(maxRetryAfter)
                .retryableStatuses(retryableStatuses).retryWhenDeliveryUncertain(retryWhenDeliveryUncertain);
    }

    /** @return the most attempts a send makes, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the whole-call budget of one send, attempts and waits included */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** @return the wait before the first retry, before jitter */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the longest wait, before jitter */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the growth from one wait to the next */
    public double multiplier() {
        return multiplier;
    }

    /** @return the largest random fraction taken off a wait */
    public double jitter() {
        return jitter;
    }

    /** @return the longest {@code Retry-After} honoured */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** @return the retried 4xx and 5xx statuses, sorted, unmodifiable */
    public Set<Integer> retryableStatuses() {
        return retryableStatuses;
    }

    /** @return whether a connection lost or a deadline passed after the request went out is retried */
    public boolean retryWhenDeliveryUncertain() {
        return retryWhenDeliveryUncertain;
    }

    boolean retries(int status) {
        return retryableStatuses.contains(status);
    }

    /**
     * The wait before a retry.
     *
     * @param retry 1 for the wait before the second attempt
     * @param random a uniform random number in [0, 1)
     */
    Duration backoff(int retry, double random) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, retry - 1);
        millis = Math.min(millis, maxBackoff.toMillis());
        return Duration.ofMillis(Math.round(millis * (1.0 - jitter * random)));
    }

    /**
     * Reads a {@code Retry-After} value (RFC 9110 10.2.3): delay-seconds or an IMF-fixdate.
     *
     * @return the wait, zero for a date in the past; empty if the value is neither form
     */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String v = value.strip();
        if (v.matches("[0-9]{1,18}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetryPolicy p && maxAttempts == p.maxAttempts && callTimeout.equals(p.callTimeout)
                && initialBackoff.equals(p.initialBackoff) && maxBackoff.equals(p.maxBackoff)
                && Double.compare(multiplier, p.multiplier) == 0 && Double.compare(jitter, p.jitter) == 0
                && maxRetryAfter.equals(p.maxRetryAfter) && retryableStatuses.equals(p.retryableStatuses)
                && retryWhenDeliveryUncertain == p.retryWhenDeliveryUncertain;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, callTimeout, initialBackoff, maxBackoff, multiplier, jitter, maxRetryAfter,
                retryableStatuses, retryWhenDeliveryUncertain);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", callTimeout=" + callTimeout + ", initialBackoff="
                + initialBackoff + ", maxBackoff=" + maxBackoff + ", multiplier=" + multiplier + ", jitter=" + jitter
                + ", maxRetryAfter=" + maxRetryAfter + ", retryableStatuses=" + retryableStatuses
                + ", retryWhenDeliveryUncertain=" + retryWhenDeliveryUncertain + "]";
    }

    /**
     * Builds a {@link RetryPolicy}; starts from the defaults. Each setter checks its argument at once and throws
     * {@link IllegalArgumentException} (or {@link NullPointerException}) naming it and the bad value. Not
     * thread-safe.
     */
    public static final class Builder {
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private double multiplier = DEFAULT_MULTIPLIER;
        private double jitter = DEFAULT_JITTER;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
        private Set<Integer> retryableStatuses = DEFAULT_RETRYABLE_STATUSES;
        private boolean retryWhenDeliveryUncertain;

        private Builder() {
        }

        /**
         * Sets how many attempts a send makes at most, the first included; 1 turns retries off.
         *
         * @param maxAttempts 1 to 100; default {@value #DEFAULT_MAX_ATTEMPTS}
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 100) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and 100: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the whole-call budget of one send: attempts and the waits between them. No attempt or wait starts
         * that would end past it, and an attempt's deadline is cut to what is left of it.
         *
         * @param callTimeout more than zero; default {@link #DEFAULT_CALL_TIMEOUT}
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = positive(callTimeout, "callTimeout");
            return this;
        }

        /**
         * Sets the wait before the first retry.
         *
         * @param initialBackoff more than zero, at most {@code maxBackoff}; default
         *     {@link #DEFAULT_INITIAL_BACKOFF}
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = positive(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * Sets the longest wait between attempts.
         *
         * @param maxBackoff more than zero, at least {@code initialBackoff} (checked by {@link #build()});
         *     default {@link #DEFAULT_MAX_BACKOFF}
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = positive(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * Sets how much each wait grows over the one before.
         *
         * @param multiplier 1 (constant waits) to 100; default {@value #DEFAULT_MULTIPLIER}
         * @return this builder
         */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1.0 && multiplier <= 100.0)) {
                throw new IllegalArgumentException("multiplier must be between 1 and 100: " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /**
         * Sets the largest random fraction taken off each wait, so that many senders do not retry in step.
         *
         * @param jitter 0 (exact waits) to 1; default {@value #DEFAULT_JITTER}
         * @return this builder
         */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0.0 && jitter <= 1.0)) {
                throw new IllegalArgumentException("jitter must be between 0 and 1: " + jitter);
            }
            this.jitter = jitter;
            return this;
        }

        /**
         * Sets the longest {@code Retry-After} the client waits for; a longer one ends the send at once.
         *
         * @param maxRetryAfter zero or more; default {@link #DEFAULT_MAX_RETRY_AFTER}
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            if (Objects.requireNonNull(maxRetryAfter, "maxRetryAfter").isNegative()) {
                throw new IllegalArgumentException("maxRetryAfter must be >= 0: " + maxRetryAfter);
            }
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /**
         * Sets the statuses that are retried, replacing the default set; copied.
         *
         * @param statuses 4xx and 5xx codes; an empty set retries no status; default 408, 429, 502, 503, 504
         * @return this builder
         */
        public Builder retryableStatuses(Set<Integer> statuses) {
            TreeSet<Integer> copy = new TreeSet<>();
            for (Integer status : Objects.requireNonNull(statuses, "retryableStatuses")) {
                if (status == null || status < 400 || status > 599) {
                    throw new IllegalArgumentException("retryableStatuses must hold only 4xx and 5xx codes: "
                            + status);
                }
                copy.add(status);
            }
            this.retryableStatuses = Collections.unmodifiableSet(copy);
            return this;
        }

        /**
         * Also retries when the connection was lost or the deadline passed after the request may have reached
         * the receiver. Only for receivers that are idempotent: otherwise a lead may arrive twice.
         *
         * @param retry true to retry such failures; default false
         * @return this builder
         */
        public Builder retryWhenDeliveryUncertain(boolean retry) {
            this.retryWhenDeliveryUncertain = retry;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the immutable policy
         * @throws IllegalArgumentException if {@code maxBackoff} is below {@code initialBackoff}
         */
        public RetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff must be >= initialBackoff " + initialBackoff + ": "
                        + maxBackoff);
            }
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be > 0: " + d);
            }
            return d;
        }
    }
}

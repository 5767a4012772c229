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
 * When and how long {@link LeadClient} waits before another attempt. The number of attempts is set on the
 * client ({@link LeadClient.Builder#maxAttempts(int)}).
 *
 * <p>Retried by default: a connection that could not be made (the receiver never saw the lead) and the statuses
 * 408, 429, 502, 503 and 504. Not retried by default: 500 and every other status, because the
 * receiver may have acted on the lead, and a connection lost or a deadline passed after the request went out,
 * for the same reason ({@link #retryWhenDeliveryUncertain()} opts in, for idempotent receivers).
 *
 * <p>The wait before retry {@code n} (1 for the second attempt) is
 * {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}, shortened by a random fraction of up to
 * {@code jitter}. A {@code Retry-After} answer (seconds or an HTTP-date) replaces that wait; if it asks for
 * more than {@code maxRetryAfter}, the client gives up at once rather than retry early.
 *
 * @param initialBackoff the wait before the first retry, before jitter; default {@link #DEFAULT_INITIAL_BACKOFF}
 * @param maxBackoff the longest wait, before jitter; default {@link #DEFAULT_MAX_BACKOFF}
 * @param multiplier the growth from one wait to the next, 1 or more; default {@value #DEFAULT_MULTIPLIER}
 * @param jitter the largest random fraction taken off a wait, 0 to 1; default {@value #DEFAULT_JITTER}
 * @param maxRetryAfter the longest {@code Retry-After} honoured; default {@link #DEFAULT_MAX_RETRY_AFTER}
 * @param retryableStatuses the 4xx and 5xx statuses that are retried; default
 *     408, 429, 502, 503 and 504
 * @param retryWhenDeliveryUncertain whether a connection lost or a deadline passed after connecting is retried;
 *     default false
 */
public record RetryPolicy(Duration initialBackoff, Duration maxBackoff, double multiplier, double jitter,
        Duration maxRetryAfter, Set<Integer> retryableStatuses, boolean retryWhenDeliveryUncertain) {
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

    /**
     * Checks and copies the settings.
     *
     * @throws IllegalArgumentException for a non-positive backoff, a maximum below the initial backoff, a
     *     multiplier below 1, a jitter outside 0 to 1, a negative {@code maxRetryAfter}, or a status that is not
     *     4xx or 5xx
     */
    public RetryPolicy {
        positive(initialBackoff, "initialBackoff");
        positive(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must be >= initialBackoff " + initialBackoff + ": "
                    + maxBackoff);
        }
        if (!(multiplier >= 1.0 && multiplier <= 100.0)) {
            throw new IllegalArgumentException("multiplier must be between 1 and 100: " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1: " + jitter);
        }
        if (Objects.requireNonNull(maxRetryAfter, "maxRetryAfter").isNegative()) {
            throw new IllegalArgumentException("maxRetryAfter must be >= 0: " + maxRetryAfter);
        }
        TreeSet<Integer> statuses = new TreeSet<>();
        for (Integer status : Objects.requireNonNull(retryableStatuses, "retryableStatuses")) {
            if (status == null || status < 400 || status > 599) {
                throw new IllegalArgumentException("retryableStatuses must hold only 4xx and 5xx codes: " + status);
            }
            statuses.add(status);
        }
        retryableStatuses = Collections.unmodifiableSet(statuses);
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
        return new Builder().initialBackoff(initialBackoff).maxBackoff(maxBackoff).multiplier(multiplier)
                .jitter(jitter).maxRetryAfter(maxRetryAfter).retryableStatuses(retryableStatuses)
                .retryWhenDeliveryUncertain(retryWhenDeliveryUncertain);
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

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be > 0: " + d);
        }
    }

    /** Builds a {@link RetryPolicy}; starts from the defaults. Not thread-safe. */
    public static final class Builder {
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
         * Sets the wait before the first retry.
         *
         * @param initialBackoff more than zero
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /**
         * Sets the longest wait between attempts.
         *
         * @param maxBackoff at least the initial backoff
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * Sets how much each wait grows over the one before.
         *
         * @param multiplier 1 (constant waits) to 100
         * @return this builder
         */
        public Builder multiplier(double multiplier) {
            this.multiplier = multiplier;
            return this;
        }

        /**
         * Sets the largest random fraction taken off each wait, so that many senders do not retry in step.
         *
         * @param jitter 0 (exact waits) to 1
         * @return this builder
         */
        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        /**
         * Sets the longest {@code Retry-After} the client waits for; a longer one ends the send at once.
         *
         * @param maxRetryAfter zero or more
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /**
         * Sets the statuses that are retried, replacing the default set.
         *
         * @param statuses 4xx and 5xx codes; an empty set retries no status
         * @return this builder
         */
        public Builder retryableStatuses(Set<Integer> statuses) {
            this.retryableStatuses = statuses;
            return this;
        }

        /**
         * Also retries when the connection was lost or the deadline passed after the request may have reached
         * the receiver. Only for receivers that are idempotent: otherwise a lead may arrive twice.
         *
         * @param retry true to retry such failures
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
         * @throws IllegalArgumentException as the {@link RetryPolicy} constructor says
         */
        public RetryPolicy build() {
            return new RetryPolicy(initialBackoff, maxBackoff, multiplier, jitter, maxRetryAfter,
                    retryableStatuses, retryWhenDeliveryUncertain);
        }
    }
}

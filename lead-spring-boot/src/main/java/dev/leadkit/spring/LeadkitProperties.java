package dev.leadkit.spring;

import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code leadkit.*} settings. Every setting left out keeps the library's documented default, so the Javadoc of
 * the builder named on each property is the reference for its default.
 *
 * <p>Two values are secrets: {@code leadkit.client.endpoint} (a Power Automate URL carries its signature in the
 * query) and {@code leadkit.receiver.token}. They are masked in {@code /actuator/configprops} and
 * {@code /actuator/env}, under their own keys and under any other key that holds the same value (the environment
 * variable that feeds them), and {@link #toString()} never shows them.
 */
@ConfigurationProperties("leadkit")
public class LeadkitProperties {
    // Longer than the house ~300 lines: Boot binds and documents JavaBean accessors, one pair per property.
    private final Json json = new Json();
    private final Validator validator = new Validator();
    private final Web web = new Web();
    private final Client client = new Client();
    private final Receiver receiver = new Receiver();

    /** @return the codec settings, {@code leadkit.json.*} */
    public Json getJson() {
        return json;
    }

    /** @return the validator settings, {@code leadkit.validator.*} */
    public Validator getValidator() {
        return validator;
    }

    /** @return the Spring MVC binding settings, {@code leadkit.web.*} */
    public Web getWeb() {
        return web;
    }

    /** @return the client settings, {@code leadkit.client.*} */
    public Client getClient() {
        return client;
    }

    /** @return the receiving endpoint settings, {@code leadkit.receiver.*} */
    public Receiver getReceiver() {
        return receiver;
    }

    /** Names the settings that are set, never a secret's value. */
    @Override
    public String toString() {
        return "LeadkitProperties[client.endpoint=" + (client.endpoint == null ? "unset" : "***")
                + ", receiver.path=" + receiver.path + ", receiver.token=" + (receiver.token == null ? "unset" : "***")
                + "]";
    }

    /** The {@link LeadJson} bean: limits on what is read, and the spelling written. */
    public static class Json {
        /** Largest document read, in bytes. Default 1048576 (1 MiB). */
        private Integer maxDocumentBytes;
        /** Deepest nesting read, the root object counting as 1. Default 32. */
        private Integer maxDepth;
        /** Longest string value read, in UTF-16 characters. Default 65536. */
        private Integer maxStringLength;
        /** Spelling of the documented property names on write: pascal-case (default) or camel-case. */
        private LeadJson.Naming naming;

        public Integer getMaxDocumentBytes() {
            return maxDocumentBytes;
        }

        public void setMaxDocumentBytes(Integer maxDocumentBytes) {
            this.maxDocumentBytes = maxDocumentBytes;
        }

        public Integer getMaxDepth() {
            return maxDepth;
        }

        public void setMaxDepth(Integer maxDepth) {
            this.maxDepth = maxDepth;
        }

        public Integer getMaxStringLength() {
            return maxStringLength;
        }

        public void setMaxStringLength(Integer maxStringLength) {
            this.maxStringLength = maxStringLength;
        }

        public LeadJson.Naming getNaming() {
            return naming;
        }

        public void setNaming(LeadJson.Naming naming) {
            this.naming = naming;
        }
    }

    /** The {@code LeadValidator} bean. */
    public static class Validator {
        /** Rule sets checked on top of the default ones: contactable, dynamics-365, salesforce. Default none. */
        private Set<LeadProfile> profiles = EnumSet.noneOf(LeadProfile.class);
        /** Run the rules through Bean Validation (Hibernate Validator) instead of plain code. Default false. */
        private boolean beanValidation;

        public Set<LeadProfile> getProfiles() {
            return profiles;
        }

        public void setProfiles(Set<LeadProfile> profiles) {
            this.profiles = profiles.isEmpty() ? EnumSet.noneOf(LeadProfile.class) : EnumSet.copyOf(profiles);
        }

        public boolean isBeanValidation() {
            return beanValidation;
        }

        public void setBeanValidation(boolean beanValidation) {
            this.beanValidation = beanValidation;
        }
    }

    /** Spring MVC binding. */
    public static class Web {
        /**
         * Read every @RequestBody Lead through the LeadJson bean (duplicate keys, limits, UTF-8 strictness) and
         * answer a bad body with the receiver's status and problem body. Default false.
         */
        private boolean strictBinding;

        public boolean isStrictBinding() {
            return strictBinding;
        }

        public void setStrictBinding(boolean strictBinding) {
            this.strictBinding = strictBinding;
        }
    }

    /** The {@code LeadClient} bean, created only when the endpoint is set. */
    public static class Client {
        /** The receiver's URL, a secret (masked everywhere). Setting it creates the LeadClient bean. */
        private String endpoint;
        /** Connect timeout. Default 10 s. */
        private Duration connectTimeout;
        /** Whole-exchange deadline of one attempt: connect, send, headers and body. Default 30 s. */
        private Duration attemptTimeout;
        /** Leads in flight at once through sendAsync and sendAll. Default 8. */
        private Integer maxConcurrency;
        /** Spelling of the lead's property names on the wire: pascal-case (default) or camel-case. */
        private LeadJson.Naming naming;
        /** Check each lead with the LeadValidator bean before sending it. Default false. */
        private boolean validateBeforeSend;
        private final Retry retry = new Retry();

        public String getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getAttemptTimeout() {
            return attemptTimeout;
        }

        public void setAttemptTimeout(Duration attemptTimeout) {
            this.attemptTimeout = attemptTimeout;
        }

        public Integer getMaxConcurrency() {
            return maxConcurrency;
        }

        public void setMaxConcurrency(Integer maxConcurrency) {
            this.maxConcurrency = maxConcurrency;
        }

        public LeadJson.Naming getNaming() {
            return naming;
        }

        public void setNaming(LeadJson.Naming naming) {
            this.naming = naming;
        }

        public boolean isValidateBeforeSend() {
            return validateBeforeSend;
        }

        public void setValidateBeforeSend(boolean validateBeforeSend) {
            this.validateBeforeSend = validateBeforeSend;
        }

        /** @return the retry policy settings, {@code leadkit.client.retry.*} */
        public Retry getRetry() {
            return retry;
        }

        /** Shows the settings with the endpoint masked. */
        @Override
        public String toString() {
            return "Client[endpoint=" + (endpoint == null ? "unset" : "***") + "]";
        }
    }

    /** The client's {@code RetryPolicy}: how many attempts, within what budget, with what waits. */
    public static class Retry {
        /** Attempts per lead, the first included, 1 to 100. Default 3. */
        private Integer maxAttempts;
        /** Budget of a whole send, every attempt and wait included. Default 60 s. */
        private Duration callTimeout;
        /** Wait before the first retry, before jitter. Default 500 ms. */
        private Duration initialBackoff;
        /** Longest wait between attempts, before jitter. Default 10 s. */
        private Duration maxBackoff;
        /** Growth of the wait from one retry to the next, 1 or more. Default 2. */
        private Double multiplier;
        /** Largest random fraction taken off a wait, 0 to 1. Default 0.5. */
        private Double jitter;
        /** Longest Retry-After honoured; a longer one ends the send. Default 30 s. */
        private Duration maxRetryAfter;
        /** The 4xx and 5xx statuses retried. Default 408, 429, 502, 503, 504. */
        private Set<Integer> retryableStatuses;
        /** Retry when the receiver may have seen the lead (connection lost, deadline passed). Default false. */
        private Boolean retryWhenDeliveryUncertain;

        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getCallTimeout() {
            return callTimeout;
        }

        public void setCallTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(Double multiplier) {
            this.multiplier = multiplier;
        }

        public Double getJitter() {
            return jitter;
        }

        public void setJitter(Double jitter) {
            this.jitter = jitter;
        }

        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }

        public Set<Integer> getRetryableStatuses() {
            return retryableStatuses;
        }

        public void setRetryableStatuses(Set<Integer> retryableStatuses) {
            this.retryableStatuses = retryableStatuses == null ? null : new TreeSet<>(retryableStatuses);
        }

        public Boolean getRetryWhenDeliveryUncertain() {
            return retryWhenDeliveryUncertain;
        }

        public void setRetryWhenDeliveryUncertain(Boolean retryWhenDeliveryUncertain) {
            this.retryWhenDeliveryUncertain = retryWhenDeliveryUncertain;
        }
    }

    /** The receiving endpoint on Spring MVC, created only when the path is set. */
    public static class Receiver {
        /** The path leads are posted to, such as /leads. Setting it creates the endpoint. */
        private String path;
        /** The token the request URI must carry in its query, a secret; feed it from an environment variable. */
        private String token;
        /** The query parameter carrying the token. Default token. */
        private String tokenParameter;
        /**
         * Refuse to start an endpoint without a token, which would take leads from anyone. Default true; set false
         * only behind something else that authenticates the sender.
         */
        private boolean requireToken = true;
        /** Largest body accepted, in bytes; a larger one is answered 413 unread. Default leadkit.json's limit. */
        private Integer maxBodyBytes;
        /** Answer 422 for a lead that breaks a validation rule, instead of accepting it with its report. */
        private boolean rejectInvalid;
        /** Send each stored lead on with the LeadClient bean (leadkit.client.endpoint), after it is durable. */
        private boolean forward;
        /** The JSON Lines file accepted leads go to when the application defines no LeadSink bean. */
        private Path storePath = Path.of("leads.jsonl");

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getTokenParameter() {
            return tokenParameter;
        }

        public void setTokenParameter(String tokenParameter) {
            this.tokenParameter = tokenParameter;
        }

        public boolean isRequireToken() {
            return requireToken;
        }

        public void setRequireToken(boolean requireToken) {
            this.requireToken = requireToken;
        }

        public Integer getMaxBodyBytes() {
            return maxBodyBytes;
        }

        public void setMaxBodyBytes(Integer maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
        }

        public boolean isRejectInvalid() {
            return rejectInvalid;
        }

        public void setRejectInvalid(boolean rejectInvalid) {
            this.rejectInvalid = rejectInvalid;
        }

        public boolean isForward() {
            return forward;
        }

        public void setForward(boolean forward) {
            this.forward = forward;
        }

        public Path getStorePath() {
            return storePath;
        }

        public void setStorePath(Path storePath) {
            this.storePath = storePath;
        }

        /** Shows the path with the token masked. */
        @Override
        public String toString() {
            return "Receiver[path=" + path + ", token=" + (token == null ? "unset" : "***") + "]";
        }
    }
}

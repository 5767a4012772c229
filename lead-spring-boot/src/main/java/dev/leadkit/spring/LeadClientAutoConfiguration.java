package dev.leadkit.spring;

import dev.leadkit.client.LeadClient;
import dev.leadkit.client.RetryPolicy;
import dev.leadkit.client.SendListener;
import dev.leadkit.schema.LeadValidator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * A {@link LeadClient} bean when {@code leadkit.client.endpoint} is set, unless the application defines its own.
 * Closed with the context.
 */
@AutoConfiguration(after = LeadkitAutoConfiguration.class)
@ConditionalOnProperty(prefix = "leadkit.client", name = "endpoint")
public class LeadClientAutoConfiguration {
    /**
     * The client, from {@code leadkit.client.*}.
     *
     * @param properties the settings
     * @param validator the validator, used only with {@code leadkit.client.validate-before-send=true}
     * @param listeners every {@link SendListener} bean (leadkit's Micrometer meters among them), in order
     * @return the client
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public LeadClient leadClient(LeadkitProperties properties, ObjectProvider<LeadValidator> validator,
            ObjectProvider<SendListener> listeners) {
        LeadkitProperties.Client p = properties.getClient();
        LeadClient.Builder b = LeadClient.builder().endpoint(endpoint(p.getEndpoint()));
        if (p.getConnectTimeout() != null) {
            b.connectTimeout(p.getConnectTimeout());
        }
        if (p.getAttemptTimeout() != null) {
            b.attemptTimeout(p.getAttemptTimeout());
        }
        if (p.getMaxConcurrency() != null) {
            b.maxConcurrency(p.getMaxConcurrency());
        }
        if (p.getNaming() != null) {
            b.naming(p.getNaming());
        }
        if (p.isValidateBeforeSend()) {
            b.validator(validator.getObject());
        }
        b.retryPolicy(retryPolicy(p.getRetry()));
        List<SendListener> all = listeners.orderedStream().toList();
        if (!all.isEmpty()) {
            b.listener(all.size() == 1 ? all.get(0) : new SendListeners(all));
        }
        return b.build();
    }

    static RetryPolicy retryPolicy(LeadkitProperties.Retry p) {
        RetryPolicy.Builder b = RetryPolicy.builder();
        if (p.getMaxAttempts() != null) {
            b.maxAttempts(p.getMaxAttempts());
        }
        if (p.getCallTimeout() != null) {
            b.callTimeout(p.getCallTimeout());
        }
        if (p.getInitialBackoff() != null) {
            b.initialBackoff(p.getInitialBackoff());
        }
        if (p.getMaxBackoff() != null) {
            b.maxBackoff(p.getMaxBackoff());
        }
        if (p.getMultiplier() != null) {
            b.multiplier(p.getMultiplier());
        }
        if (p.getJitter() != null) {
            b.jitter(p.getJitter());
        }
        if (p.getMaxRetryAfter() != null) {
            b.maxRetryAfter(p.getMaxRetryAfter());
        }
        if (p.getRetryableStatuses() != null) {
            b.retryableStatuses(p.getRetryableStatuses());
        }
        if (p.getRetryWhenDeliveryUncertain() != null) {
            b.retryWhenDeliveryUncertain(p.getRetryWhenDeliveryUncertain());
        }
        return b.build();
    }

    /** Parses the endpoint without ever putting it into a message: URI.create would quote it whole. */
    static URI endpoint(String endpoint) {
        try {
            return new URI(endpoint.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("leadkit.client.endpoint is not a URI (character " + e.getIndex()
                    + "); the value is a secret and is not shown");
        }
    }
}

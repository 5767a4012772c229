package dev.leadkit.spring;

import dev.leadkit.client.LeadClient;
import dev.leadkit.receiver.LeadSink;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator health for leadkit, {@code management.health.leadkit.enabled} (default on): {@code leadSink} is UP while
 * the sink takes leads ({@link LeadSink#isAccepting()}), and {@code leadClient} is UP when a client is
 * configured. Neither touches the network or writes a lead; no detail holds a URL.
 */
@AutoConfiguration(after = {LeadClientAutoConfiguration.class, LeadWebMvcAutoConfiguration.class})
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("leadkit")
public class LeadHealthAutoConfiguration {

    /** Health of the lead sink. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(LeadSink.class)
    static class SinkHealthConfiguration {
        @Bean
        HealthIndicator leadSinkHealthIndicator(LeadSink sink) {
            return () -> (sink.isAccepting() ? Health.up() : Health.down())
                    .withDetail("sink", sink.getClass().getSimpleName()).build();
        }
    }

    /** Health of the client: configured; no probe of the endpoint. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(LeadClient.class)
    static class ClientHealthConfiguration {
        @Bean
        HealthIndicator leadClientHealthIndicator(LeadClient client) {
            return () -> Health.up().withDetail("configured", true).build();
        }
    }
}

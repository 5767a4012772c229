package dev.leadkit.spring;

import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadProfile;
import dev.leadkit.schema.LeadValidator;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The codec and the validator, each built from {@code leadkit.json.*} and {@code leadkit.validator.*} and each
 * backing off when the application defines its own bean of the type; and, with Actuator, the masking of the
 * secrets in {@code /actuator/env} and {@code /actuator/configprops}.
 */
@AutoConfiguration
@EnableConfigurationProperties(LeadkitProperties.class)
public class LeadkitAutoConfiguration {
    /**
     * The codec every other leadkit bean reads and writes with.
     *
     * @param properties the settings
     * @return the codec
     */
    @Bean
    @ConditionalOnMissingBean
    public LeadJson leadJson(LeadkitProperties properties) {
        LeadkitProperties.Json p = properties.getJson();
        LeadJson.Builder b = LeadJson.builder();
        if (p.getMaxDocumentBytes() != null) {
            b.maxDocumentBytes(p.getMaxDocumentBytes());
        }
        if (p.getMaxDepth() != null) {
            b.maxDepth(p.getMaxDepth());
        }
        if (p.getMaxStringLength() != null) {
            b.maxStringLength(p.getMaxStringLength());
        }
        if (p.getNaming() != null) {
            b.naming(p.getNaming());
        }
        return b.build();
    }

    /**
     * The rules leads are checked against, the profiles from {@code leadkit.validator.profiles}.
     *
     * @param properties the settings
     * @return the validator
     */
    @Bean
    @ConditionalOnMissingBean
    public LeadValidator leadValidator(LeadkitProperties properties) {
        LeadkitProperties.Validator p = properties.getValidator();
        LeadValidator.Builder b = LeadValidator.builder();
        for (LeadProfile profile : p.getProfiles()) {
            b.profile(profile);
        }
        if (p.isBeanValidation()) {
            b.useBeanValidation();
        }
        return b.build();
    }

    /** Masks the endpoint and the token in Actuator's views of the environment and the properties. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class SecretsConfiguration {
        @Bean
        LeadkitSecrets leadkitSecrets(LeadkitProperties properties) {
            return new LeadkitSecrets(properties);
        }
    }
}

/**
 * Spring Boot 4 auto-configuration for leadkit: the {@code leadkit.*} properties ({@link
 * dev.leadkit.spring.LeadkitProperties}), the codec, validator and client beans, the receiving endpoint on Spring MVC,
 * strict binding of {@code @RequestBody Lead} ({@link dev.leadkit.spring.LeadHttpMessageConverter}), Micrometer
 * meters and Actuator health. Applications use it through properties; the configuration classes are public only
 * because Spring Boot loads them by name.
 */
package dev.leadkit.spring;

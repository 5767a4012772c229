package dev.leadkit.spring;

import dev.leadkit.model.LeadJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * leadkit on Spring MVC: strict binding of {@code @RequestBody Lead} ({@code leadkit.web.strict-binding=true}).
 */
@AutoConfiguration(after = LeadkitAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public class LeadWebMvcAutoConfiguration {

    /** Reads {@code Lead} bodies through the LeadJson bean and answers a bad one as the receiver would. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "leadkit.web", name = "strict-binding", havingValue = "true")
    static class StrictBindingConfiguration {
        @Bean
        LeadHttpMessageConverter leadHttpMessageConverter(LeadJson json) {
            return new LeadHttpMessageConverter(json);
        }

        @Bean
        WebMvcConfigurer leadStrictBinding(LeadHttpMessageConverter converter) {
            return new WebMvcConfigurer() {
                @Override
                public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
                    builder.addCustomConverter(converter);
                }
            };
        }

        @Bean
        LeadBindingAdvice leadBindingAdvice() {
            return new LeadBindingAdvice();
        }
    }

    /**
     * Answers {@link LeadBindingException} with the receiver's exact problem body. Ordered last, so an
     * application's own handler wins.
     */
    @RestControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class LeadBindingAdvice {
        @ExceptionHandler(LeadBindingException.class)
        ResponseEntity<byte[]> answer(LeadBindingException e) {
            return ResponseEntity.status(e.rejection().status())
                    .contentType(MediaType.parseMediaType(e.rejection().contentType()))
                    .body(e.rejection().body());
        }
    }
}

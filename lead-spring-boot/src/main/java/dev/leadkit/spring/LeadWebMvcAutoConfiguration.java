package dev.leadkit.spring;

import dev.leadkit.client.LeadClient;
import dev.leadkit.model.LeadJson;
import dev.leadkit.receiver.JsonLinesSink;
import dev.leadkit.receiver.LeadReceiver;
import dev.leadkit.receiver.LeadSink;
import dev.leadkit.schema.LeadValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * leadkit on Spring MVC: the receiving endpoint ({@code leadkit.receiver.path}) with its {@link LeadReceiver} and
 * {@link LeadSink}, each backing off for the application's own bean; and strict binding of {@code @RequestBody Lead}
 * ({@code leadkit.web.strict-binding=true}).
 */
@AutoConfiguration(after = {LeadkitAutoConfiguration.class, LeadClientAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public class LeadWebMvcAutoConfiguration {

    /** The endpoint at {@code leadkit.receiver.path}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "leadkit.receiver", name = "path")
    static class ReceiverConfiguration {
        /** Runs before Spring MVC's annotated controllers (order 0) and functional routes (-1). */
        static final int MAPPING_ORDER = -10;

        @Bean
        @ConditionalOnMissingBean
        LeadReceiver leadReceiver(LeadkitProperties properties, LeadJson json, LeadValidator validator) {
            LeadkitProperties.Receiver p = properties.getReceiver();
            LeadReceiver.Builder b = LeadReceiver.builder().validator(validator).rejectInvalid(p.isRejectInvalid());
            b.json(p.getMaxBodyBytes() == null ? json : json.toBuilder().maxDocumentBytes(p.getMaxBodyBytes()).build());
            if (p.getToken() != null) {
                b.token(p.getToken()); // an empty one (an unset environment variable) fails here: fail closed
            } else if (p.isRequireToken()) {
                throw new IllegalStateException("leadkit.receiver.token is not set: an endpoint without a token "
                        + "takes leads from anyone; set it (from an environment variable), or set "
                        + "leadkit.receiver.require-token=false if something else authenticates the sender");
            }
            if (p.getTokenParameter() != null) {
                b.tokenParameter(p.getTokenParameter());
            }
            return b.build();
        }

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(LeadSink.class)
        JsonLinesSink leadSink(LeadkitProperties properties) {
            try {
                return JsonLinesSink.open(properties.getReceiver().getStorePath());
            } catch (IOException e) {
                throw new UncheckedIOException("leadkit.receiver.store-path cannot be opened for appending leads", e);
            }
        }

        @Bean
        ReceivingEndpoint leadReceivingEndpoint(LeadkitProperties properties, LeadReceiver receiver, LeadSink sink,
                ObjectProvider<LeadClient> client, ObjectProvider<ReceptionObserver> observer) {
            LeadClient forwardTo = null;
            if (properties.getReceiver().isForward()) {
                forwardTo = client.getIfAvailable();
                if (forwardTo == null) {
                    throw new IllegalStateException("leadkit.receiver.forward=true needs a LeadClient: set "
                            + "leadkit.client.endpoint or define a LeadClient bean");
                }
            }
            return new ReceivingEndpoint(receiver, sink, forwardTo,
                    observer.getIfAvailable(() -> ReceptionObserver.NONE), System::nanoTime);
        }

        @Bean
        SimpleUrlHandlerMapping leadReceiverHandlerMapping(LeadkitProperties properties, ReceivingEndpoint endpoint) {
            return new SimpleUrlHandlerMapping(Map.of(properties.getReceiver().getPath(), endpoint), MAPPING_ORDER);
        }
    }

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

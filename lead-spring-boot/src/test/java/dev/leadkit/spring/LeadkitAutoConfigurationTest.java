package dev.leadkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.LeadClient;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadProfile;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import dev.leadkit.testing.RecordedRequest;
import dev.leadkit.testing.TestLeads;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import java.util.Map;

/** Every condition and back-off of the codec, validator, client and binding configurations. */
class LeadkitAutoConfigurationTest {
    private static final String SECRET = "https://127.0.0.1:1/workflows/abc/invoke?sig=s3cr3t-signature";

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(LeadkitAutoConfiguration.class, LeadClientAutoConfiguration.class,
                    LeadWebMvcAutoConfiguration.class));

    @Test
    void codecAndValidatorWithTheLibraryDefaults() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(LeadJson.class).hasSingleBean(LeadValidator.class)
                    .doesNotHaveBean(LeadClient.class).doesNotHaveBean(LeadHttpMessageConverter.class);
            assertThat(context.getBean(LeadJson.class)).hasToString(LeadJson.defaults().toString());
            assertThat(context.getBean(LeadValidator.class)).hasToString(LeadValidator.defaults().toString());
        });
    }

    @Test
    void codecFromProperties() {
        runner.withPropertyValues("leadkit.json.max-document-bytes=4096", "leadkit.json.max-depth=5",
                "leadkit.json.max-string-length=100", "leadkit.json.naming=camel-case").run(context -> {
            LeadJson json = context.getBean(LeadJson.class);
            assertThat(json.maxDocumentBytes()).isEqualTo(4096);
            assertThat(json.maxDepth()).isEqualTo(5);
            assertThat(json.maxStringLength()).isEqualTo(100);
            assertThat(json.naming()).isEqualTo(LeadJson.Naming.CAMEL_CASE);
        });
    }

    @Test
    void validatorProfilesFromProperties() {
        Lead unreachable = Lead.builder().leadSource("AzureMarketplace").userDetails(u -> u.firstName("Ana")).build();
        runner.run(context -> assertThat(context.getBean(LeadValidator.class).validate(unreachable).isValid())
                .isTrue());
        runner.withPropertyValues("leadkit.validator.profiles=contactable,dynamics-365").run(context -> {
            LeadValidator validator = context.getBean(LeadValidator.class);
            assertThat(validator.toBuilder().build()).hasToString(LeadValidator.builder()
                    .profile(LeadProfile.CONTACTABLE).profile(LeadProfile.DYNAMICS_365).build().toString());
            assertThat(validator.validate(unreachable).isValid()).isFalse();
        });
    }

    @Test
    void applicationBeansWin() {
        LeadJson own = LeadJson.builder().maxDepth(7).build();
        LeadValidator ownValidator = LeadValidator.builder().profile(LeadProfile.SALESFORCE).build();
        runner.withBean(LeadJson.class, () -> own).withBean(LeadValidator.class, () -> ownValidator)
                .withPropertyValues("leadkit.json.max-depth=3").run(context -> {
                    assertThat(context.getBean(LeadJson.class)).isSameAs(own);
                    assertThat(context.getBean(LeadValidator.class)).isSameAs(ownValidator);
                });
    }

    @Test
    void noClientWithoutAnEndpoint() {
        runner.withPropertyValues("leadkit.client.attempt-timeout=5s").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(LeadClient.class));
    }

    @Test
    void clientFromPropertiesSendsAsConfigured() {
        try (MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp()) {
            endpoint.enqueue(MockResponse.of(503), MockResponse.of(503));
            runner.withPropertyValues("leadkit.client.endpoint=" + endpoint.uri("/flow?sig=abc"),
                    "leadkit.client.attempt-timeout=7s", "leadkit.client.retry.max-attempts=2",
                    "leadkit.client.retry.call-timeout=9s", "leadkit.client.max-concurrency=3",
                    "leadkit.client.naming=camel-case", "leadkit.client.retry.initial-backoff=1ms",
                    "leadkit.client.retry.max-backoff=2ms").run(context -> {
                        LeadClient client = context.getBean(LeadClient.class);
                        assertThat(client.toString()).contains("attemptTimeout=PT7S", "maxAttempts=2",
                                "callTimeout=PT9S", "maxConcurrency=3")
                                .doesNotContain("sig=abc");
                        org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> client.send(TestLeads.documented2020().lead()));
                        assertThat(endpoint.requestCount()).isEqualTo(2);
                        RecordedRequest request = endpoint.takeRequest();
                        assertThat(request.bodyText()).contains("\"userDetails\"").doesNotContain("\"UserDetails\"");
                    });
        }
    }

    @Test
    void clientIsClosedWithTheContext() {
        LeadClient[] client = new LeadClient[1];
        runner.withPropertyValues("leadkit.client.endpoint=https://flow.example/invoke?sig=x")
                .run(context -> client[0] = context.getBean(LeadClient.class));
        assertThat(client[0].toString()).endsWith(", closed]");
    }

    @Test
    void applicationClientWins() {
        LeadClient own = LeadClient.builder().endpoint(java.net.URI.create("https://own.example/")).build();
        try (own) {
            runner.withBean(LeadClient.class, () -> own).withPropertyValues("leadkit.client.endpoint=" + SECRET)
                    .run(context -> assertThat(context.getBean(LeadClient.class)).isSameAs(own));
        }
    }

    @Test
    void aBadEndpointFailsStartupWithoutShowingIt() {
        runner.withPropertyValues("leadkit.client.endpoint=https://flow.example/in voke?sig=s3cr3t")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(stackText(context.getStartupFailure())).contains("leadkit.client.endpoint")
                            .doesNotContain("s3cr3t");
                });
        runner.withPropertyValues("leadkit.client.endpoint=ftp://flow.example/invoke?sig=s3cr3t")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(stackText(context.getStartupFailure())).doesNotContain("s3cr3t");
                });
    }

    @Test
    void secretsMaskedByKeyAndByValue() {
        runner.withPropertyValues("leadkit.client.endpoint=" + SECRET, "leadkit.receiver.token=t0ken-value-123")
                .run(context -> {
                    SanitizingFunction secrets = context.getBean(SanitizingFunction.class);
                    MapPropertySource source = new MapPropertySource("test", Map.of());
                    assertThat(secrets.apply(new SanitizableData(source, "leadkit.client.endpoint", SECRET))
                            .getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
                    assertThat(secrets.apply(new SanitizableData(source, "LEADKIT_RECEIVER_TOKEN", "other"))
                            .getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
                    assertThat(secrets.apply(new SanitizableData(source, "FLOW_URL", SECRET)).getValue())
                            .isEqualTo(SanitizableData.SANITIZED_VALUE);
                    assertThat(secrets.apply(new SanitizableData(source, "x", "a t0ken-value-123 b")).getValue())
                            .isEqualTo(SanitizableData.SANITIZED_VALUE);
                    assertThat(secrets.apply(new SanitizableData(source, "leadkit.receiver.path", "/leads"))
                            .getValue()).isEqualTo("/leads");
                    assertThat(context.getBean(LeadkitProperties.class).toString()).doesNotContain("s3cr3t",
                            "t0ken");
                });
    }

    @Test
    void noSanitizingFunctionWithoutActuator() {
        runner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class)).run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(SanitizingFunction.class)
                        .hasSingleBean(LeadJson.class));
    }

    @Test
    void strictBindingOnlyWhenAskedAndOnlyInAServletApplication() {
        WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                LeadkitAutoConfiguration.class, LeadWebMvcAutoConfiguration.class));
        web.run(context -> assertThat(context).doesNotHaveBean(LeadHttpMessageConverter.class));
        web.withPropertyValues("leadkit.web.strict-binding=true").run(context -> {
            assertThat(context).hasSingleBean(LeadHttpMessageConverter.class);
            assertThat(context.getBean(LeadHttpMessageConverter.class).toString())
                    .contains(context.getBean(LeadJson.class).toString());
        });
        runner.withPropertyValues("leadkit.web.strict-binding=true").run(context ->
                assertThat(context).doesNotHaveBean(LeadHttpMessageConverter.class));
        web.withClassLoader(new FilteredClassLoader(org.springframework.web.servlet.DispatcherServlet.class))
                .withPropertyValues("leadkit.web.strict-binding=true").run(context ->
                        assertThat(context).hasNotFailed().doesNotHaveBean(LeadHttpMessageConverter.class));
    }

    private static String stackText(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            s.append(c).append('\n');
        }
        return s.toString();
    }
}

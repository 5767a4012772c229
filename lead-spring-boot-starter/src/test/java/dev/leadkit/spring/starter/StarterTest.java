package dev.leadkit.spring.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.client.LeadClient;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The starter alone, as a user's pom has it: its auto-configuration is found, and it brings no Jetty. */
class StarterTest {
    @SpringBootApplication
    static class App {
    }

    @Test
    void theStarterAloneGivesTheBeansFromProperties() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE)
                .properties("leadkit.client.endpoint=https://flow.example/workflows/x?sig=s3cr3t",
                        "leadkit.validator.profiles=contactable")
                .run()) {
            assertThat(context.getBean(LeadJson.class)).isNotNull();
            assertThat(context.getBean(LeadValidator.class).toString()).contains("CONTACTABLE");
            assertThat(context.getBean(LeadClient.class).toString()).doesNotContain("s3cr3t");
        }
    }

    @Test
    void leadReceiversJettyStaysOut() {
        assertThatThrownBy(() -> Class.forName("org.eclipse.jetty.server.Server"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(dev.leadkit.receiver.JsonLinesSink.class).isNotNull();
    }
}

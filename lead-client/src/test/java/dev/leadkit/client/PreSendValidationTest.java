package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.model.Lead;
import dev.leadkit.schema.LeadProfile;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.testing.MockLeadEndpoint;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The optional check before sending: a lead that fails it is never sent. */
class PreSendValidationTest {
    static final Lead BAD_EMAIL = Harness.LEAD.toBuilder().userDetails(d -> d.email("someone@")).build();
    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttps();

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void anInvalidLeadIsNeverSent() {
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper())
                .validator(LeadValidator.defaults()).build()) {
            assertThatThrownBy(() -> client.send(BAD_EMAIL)).isInstanceOfSatisfying(LeadInvalidException.class, e -> {
                assertThat(e.attempts()).isZero();
                assertThat(e.isRetryable()).isFalse();
                assertThat(e.report().violations()).extracting(v -> v.pointer() + " " + v.code())
                        .containsExactly("/UserDetails/Email email");
                assertThat(e.getMessage()).contains("/UserDetails/Email (email)").doesNotContain("someone")
                        .doesNotContain(Harness.SECRET);
            });
        }
        assertThat(endpoint.requestCount()).isZero();
    }

    @Test
    void aValidLeadIsSentAsUsual() {
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper())
                .validator(LeadValidator.builder().profile(LeadProfile.CONTACTABLE).build()).build()) {
            assertThat(client.send(Harness.LEAD).statusCode()).isEqualTo(202);
        }
        assertThat(endpoint.takeRequest().lead()).isEqualTo(Harness.LEAD);
    }

    @Test
    void inABatchOnlyTheInvalidLeadFails() {
        List<Lead> batch = List.of(Harness.LEAD, BAD_EMAIL, Harness.LEAD.toBuilder().offerTitle("second").build());
        List<SendOutcome> outcomes;
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper())
                .validator(LeadValidator.defaults()).build()) {
            outcomes = client.sendAll(batch);
        }

        assertThat(outcomes).extracting(SendOutcome::lead).containsExactlyElementsOf(batch);
        assertThat(outcomes).extracting(SendOutcome::isDelivered).containsExactly(true, false, true);
        assertThat(((SendOutcome.Failed) outcomes.get(1)).failure()).isInstanceOf(LeadInvalidException.class);
        assertThat(endpoint.requestCount()).isEqualTo(2);
    }

    @Test
    void toBuilderKeepsTheValidator() {
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper())
                .validator(LeadValidator.defaults()).build();
                LeadClient copy = client.toBuilder().build()) {
            assertThatThrownBy(() -> copy.send(BAD_EMAIL)).isInstanceOf(LeadInvalidException.class);
        }
    }

    /**
     * lead-schema is optional: a client without a validator sends with no lead-schema class to be found. The
     * sending code ({@link NoSchemaSender}, compiled like a user's) runs in a class loader that sees lead-client,
     * lead-model, Jackson and the test classes, and nothing of lead-schema.
     */
    @Test
    void sendsWithoutLeadSchemaOnTheClassPath() throws Exception {
        MockLeadEndpoint plain = MockLeadEndpoint.startHttp();
        try (plain; URLClassLoader loader = new URLClassLoader(new URL[] {
                codeSource(LeadClient.class), codeSource(Lead.class), codeSource(NoSchemaSender.class),
                codeSource(com.fasterxml.jackson.core.JsonFactory.class),
                codeSource(com.fasterxml.jackson.annotation.JsonProperty.class)}, ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> Class.forName("dev.leadkit.schema.LeadValidator", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);

            Object status = loader.loadClass(NoSchemaSender.class.getName()).getMethod("send", URI.class)
                    .invoke(null, plain.uri());

            assertThat(status).isEqualTo(202);
            assertThat(plain.takeRequest().bodyText()).isEqualTo("{\"ActionCode\":\"INS\"}");
        }
    }

    private static URL codeSource(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}

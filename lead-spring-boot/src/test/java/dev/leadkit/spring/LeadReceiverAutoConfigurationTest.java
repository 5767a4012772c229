package dev.leadkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.LeadClient;
import dev.leadkit.client.SendListener;
import dev.leadkit.model.Lead;
import dev.leadkit.receiver.JsonLinesSink;
import dev.leadkit.receiver.LeadReceiver;
import dev.leadkit.receiver.LeadSink;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import dev.leadkit.testing.TestLeads;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** Conditions and back-offs of the receiving endpoint, the sink, the meters and the health indicators. */
class LeadReceiverAutoConfigurationTest {
    private static final AutoConfigurations ALL = AutoConfigurations.of(LeadkitAutoConfiguration.class,
            LeadClientAutoConfiguration.class, LeadWebMvcAutoConfiguration.class, LeadMetricsAutoConfiguration.class,
            LeadHealthAutoConfiguration.class);

    @TempDir
    Path dir;

    private WebApplicationContextRunner web() {
        return new WebApplicationContextRunner().withConfiguration(ALL)
                .withPropertyValues("leadkit.receiver.store-path=" + dir.resolve("leads.jsonl"));
    }

    private WebApplicationContextRunner withEndpoint() {
        return web().withPropertyValues("leadkit.receiver.path=/leads", "leadkit.receiver.token=tok");
    }

    @Test
    void anEndpointWithoutATokenDoesNotStartUnlessAllowed() {
        web().withPropertyValues("leadkit.receiver.path=/leads").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("leadkit.receiver.token");
        });
        web().withPropertyValues("leadkit.receiver.path=/leads", "leadkit.receiver.token=").run(context ->
                assertThat(context).hasFailed());
        web().withPropertyValues("leadkit.receiver.path=/leads", "leadkit.receiver.require-token=false")
                .run(context -> assertThat(context.getBean(LeadReceiver.class).receive(
                        TestLeads.camelCase().bytes(), null, (String) null).status()).isEqualTo(202));
    }

    @Test
    void noEndpointWithoutAPath() {
        web().run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(ReceivingEndpoint.class)
                    .doesNotHaveBean(LeadSink.class).doesNotHaveBean(LeadReceiver.class)
                    .doesNotHaveBean("leadSinkHealthIndicator");
            assertThat(dir.resolve("leads.jsonl")).doesNotExist();
        });
    }

    @Test
    void endpointWithReceiverAndFileSinkFromProperties() {
        web().withPropertyValues("leadkit.receiver.path=/leads", "leadkit.receiver.token=tok-123456",
                "leadkit.receiver.token-parameter=code", "leadkit.receiver.max-body-bytes=2048",
                "leadkit.receiver.reject-invalid=true").run(context -> {
                    assertThat(context).hasSingleBean(ReceivingEndpoint.class).hasSingleBean(JsonLinesSink.class);
                    LeadReceiver receiver = context.getBean(LeadReceiver.class);
                    assertThat(receiver.maxBodyBytes()).isEqualTo(2048);
                    assertThat(receiver.toString()).contains("parameter \"code\"", "rejectInvalid=true")
                            .doesNotContain("tok-123456");
                    assertThat(receiver.receive(TestLeads.camelCase().bytes(), null, "code=tok-123456").status())
                            .isEqualTo(202);
                    assertThat(receiver.receive(TestLeads.camelCase().bytes(), null, "token=tok-123456").status())
                            .isEqualTo(401);
                    assertThat(context.getBean(JsonLinesSink.class).file()).isEqualTo(dir.resolve("leads.jsonl"));
                    assertThat(dir.resolve("leads.jsonl")).exists();
                });
    }

    @Test
    void applicationSinkAndReceiverWinAndNoFileIsOpened() {
        LeadSink own = lead -> { };
        LeadReceiver ownReceiver = LeadReceiver.builder().build();
        web().withBean(LeadSink.class, () -> own).withBean(LeadReceiver.class, () -> ownReceiver)
                .withPropertyValues("leadkit.receiver.path=/leads").run(context -> {
                    assertThat(context.getBean(LeadSink.class)).isSameAs(own);
                    assertThat(context.getBean(LeadReceiver.class)).isSameAs(ownReceiver);
                    assertThat(dir.resolve("leads.jsonl")).doesNotExist();
                });
    }

    @Test
    void forwardingWithoutAClientFailsStartup() {
        web().withPropertyValues("leadkit.receiver.path=/leads", "leadkit.receiver.token=t",
                "leadkit.receiver.forward=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("leadkit.client.endpoint");
        });
    }

    @Test
    void noEndpointOutsideAServletApplication() {
        new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues("leadkit.receiver.path=/leads",
                "leadkit.receiver.token=tok",
                "leadkit.receiver.store-path=" + dir.resolve("leads.jsonl")).run(context ->
                        assertThat(context).hasNotFailed().doesNotHaveBean(ReceivingEndpoint.class)
                                .doesNotHaveBean(LeadSink.class));
    }

    @Test
    void metersOnlyWithARegistry() {
        web().run(context -> assertThat(context).doesNotHaveBean(LeadMeters.class));
        web().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context ->
                assertThat(context).hasSingleBean(LeadMeters.class));
        web().withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(LeadMeters.class));
    }

    @Test
    void clientSendsAreCountedByOutcome() {
        try (MockLeadEndpoint flow = MockLeadEndpoint.startHttp()) {
            flow.enqueue(MockResponse.of(202), MockResponse.of(400), MockResponse.of(404), MockResponse.of(503),
                    MockResponse.of(503));
            List<String> heard = new CopyOnWriteArrayList<>();
            SendListener own = new SendListener() {
                @Override
                public void onOutcome(Outcome outcome) {
                    heard.add(outcome.outcome());
                }
            };
            new ApplicationContextRunner().withConfiguration(ALL)
                    .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .withBean(SendListener.class, () -> own)
                    .withPropertyValues("leadkit.client.endpoint=" + flow.uri("/flow?sig=abc"),
                            "leadkit.client.retry.max-attempts=2", "leadkit.client.retry.initial-backoff=1ms",
                            "leadkit.client.retry.max-backoff=1ms")
                    .run(context -> {
                        LeadClient client = context.getBean(LeadClient.class);
                        Lead lead = TestLeads.camelCase().lead();
                        for (int i = 0; i < 4; i++) {
                            try {
                                client.send(lead);
                            } catch (RuntimeException expected) {
                                // counted below
                            }
                        }
                        MeterRegistry registry = context.getBean(MeterRegistry.class);
                        for (String outcome : new String[] {"delivered", "refused", "endpoint_refused", "failed"}) {
                            assertThat(registry.get(LeadMeters.SENDS).tag("outcome", outcome).timer().count())
                                    .as(outcome).isEqualTo(1);
                        }
                        assertThat(registry.get(LeadMeters.ATTEMPTS).tag("outcome", "failed").summary()
                                .totalAmount()).isEqualTo(2);
                        assertThat(registry.get(LeadMeters.SENDS).tag("outcome", "failed").timer().getId()
                                .getTag("reason")).isEqualTo("status");
                        assertThat(registry.get(LeadMeters.RETRIES).tag("reason", "status").counter().count())
                                .isEqualTo(1);
                        // the application's own listener hears the same sends as the meters
                        assertThat(heard).containsExactly("DELIVERED", "REJECTED", "ENDPOINT_REFUSED", "STATUS");
                    });
        }
    }

    @Test
    void healthOfSinkAndClient() {
        withEndpoint().withPropertyValues("leadkit.client.endpoint=https://flow.example/x?sig=1")
                .run(context -> {
                    HealthIndicator sink = context.getBean("leadSinkHealthIndicator", HealthIndicator.class);
                    assertThat(sink.health().getStatus()).isEqualTo(Status.UP);
                    HealthIndicator client = context.getBean("leadClientHealthIndicator", HealthIndicator.class);
                    assertThat(client.health().getStatus()).isEqualTo(Status.UP);
                    assertThat(client.health().getDetails().toString()).doesNotContain("flow.example/x", "sig");
                    context.getBean(JsonLinesSink.class).close();
                    assertThat(sink.health().getStatus()).isEqualTo(Status.DOWN);
                });
    }

    @Test
    void sinkThatRefusesIsDown() {
        LeadSink refusing = new LeadSink() {
            @Override
            public void store(Lead lead) {
            }

            @Override
            public boolean isAccepting() {
                return false;
            }
        };
        withEndpoint().withBean(LeadSink.class, () -> refusing)
                .run(context -> assertThat(context.getBean("leadSinkHealthIndicator", HealthIndicator.class)
                        .health().getStatus()).isEqualTo(Status.DOWN));
    }

    @Test
    void healthIndicatorsBackOff() {
        withEndpoint().withPropertyValues("leadkit.client.endpoint=https://flow.example/",
                "management.health.leadkit.enabled=false").run(context ->
                        assertThat(context).doesNotHaveBean("leadSinkHealthIndicator")
                                .doesNotHaveBean("leadClientHealthIndicator"));
        withEndpoint().withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context ->
                        assertThat(context).hasNotFailed().doesNotHaveBean("leadSinkHealthIndicator"));
        web().run(context -> assertThat(context).doesNotHaveBean("leadClientHealthIndicator"));
        assertThat(Files.exists(dir)).isTrue();
    }
}

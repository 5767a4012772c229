package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs small test classes with JUnit's own engine and checks what they saw: which endpoint each field and parameter
 * got, whether it answered, and that every endpoint was closed once its scope ended.
 */
@SuppressWarnings("removal") // the deprecated @MockEndpoint must keep working until it is removed
class MockLeadEndpointExtensionTest {
    /** What the fixture tests saw, by label; reset before each run. */
    static final Map<String, MockLeadEndpoint> SEEN = new LinkedHashMap<>();
    /** Whether each endpoint was still open when a later fixture method looked. */
    static final Map<String, Boolean> OPEN = new LinkedHashMap<>();

    private static EngineExecutionResults run(Class<?> fixture) {
        synchronized (SEEN) {
            SEEN.clear();
            OPEN.clear();
        }
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
    }

    static void see(String label, MockLeadEndpoint endpoint) {
        synchronized (SEEN) {
            SEEN.put(label, endpoint);
        }
    }

    /** Posts the camelCase sample and checks the endpoint recorded it: the endpoint is running and usable. */
    static void exercise(MockLeadEndpoint endpoint) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().sslContext(endpoint.sslContext())
                .version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(endpoint.uri("/invoke"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestLeads.camelCase().bytes())).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(endpoint.takeRequest().lead()).isEqualTo(TestLeads.camelCase().lead());
    }

    /** Whether something listens on the endpoint's port. */
    static boolean listening(MockLeadEndpoint endpoint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", endpoint.uri().getPort()), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void assertAllClosed() {
        assertThat(SEEN).isNotEmpty();
        SEEN.forEach((label, endpoint) -> assertThat(listening(endpoint)).as("%s still listening", label).isFalse());
    }

    @Test
    void anInstanceFieldGetsAFreshEndpointPerTestSharedWithThatTestsParameters() {
        run(PerTest.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(SEEN.get("first.field")).isNotNull().isSameAs(SEEN.get("first.parameter"))
                .isSameAs(SEEN.get("first.beforeEach")).isNotSameAs(SEEN.get("second.field"));
        assertThat(SEEN.get("second.field").isHttps()).isFalse();
        assertThat(OPEN).containsEntry("first.afterEach", true).containsEntry("second.afterEach", true);
        assertAllClosed();
    }

    @Test
    void aStaticFieldGetsOneEndpointForTheClassSharedWithBeforeAllParameters() {
        run(PerClassStatic.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(SEEN.get("beforeAll")).isNotNull().isSameAs(SEEN.get("first.static"))
                .isSameAs(SEEN.get("second.static"));
        assertThat(SEEN.get("first.parameter")).isNotSameAs(SEEN.get("first.static"));
        assertThat(OPEN).containsEntry("second.static", true).containsEntry("afterAll", true);
        assertAllClosed();
    }

    @Test
    void underPerClassLifecycleAnInstanceFieldLivesForTheClassAndParametersPerTest() {
        run(PerClassLifecycle.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(SEEN.get("first.field")).isNotNull().isSameAs(SEEN.get("second.field"));
        assertThat(SEEN.get("first.parameter")).isNotSameAs(SEEN.get("second.parameter"))
                .isNotSameAs(SEEN.get("first.field"));
        assertAllClosed();
    }

    @Test
    void theHttpsVariantServesTheTestCertificateAndTheClassAnnotationSetsParameters() {
        run(HttpsClass.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));

        assertThat(SEEN.get("https").isHttps()).isTrue();
        assertThat(SEEN.get("https").uri().getScheme()).isEqualTo("https");
        assertThat(SEEN.get("http").isHttps()).isFalse();
        assertThat(SEEN.get("https")).isNotSameAs(SEEN.get("http")).isSameAs(SEEN.get("constructor"));
        assertAllClosed();
    }

    @Test
    void endpointsOfNestedTestsAreFreshForOuterAndInnerInstances() {
        run(Outer.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(SEEN.get("inner.outerField")).isNotNull().isSameAs(SEEN.get("inner.innerField"))
                .isNotSameAs(SEEN.get("outer.field"));
        assertAllClosed();
    }

    @Test
    void endpointsAreClosedEvenWhenJUnitIsToldNotToCloseAutoCloseableStoreValues() {
        synchronized (SEEN) {
            SEEN.clear();
        }
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(PerTest.class), selectClass(PerClassStatic.class))
                .configurationParameter("junit.jupiter.extensions.store.close.autocloseable.enabled", "false")
                .execute().testEvents().assertStatistics(s -> s.started(4).succeeded(4));

        assertThat(SEEN).containsKeys("first.field", "second.field", "beforeAll");
        assertAllClosed();
    }

    @Test
    void anEndpointIsClosedEvenWhenItsTestFails() {
        run(FailingTest.class).testEvents().assertStatistics(s -> s.started(1).failed(1));

        assertThat(SEEN).containsKey("failing");
        assertAllClosed();
    }

    @Test
    void aFieldOfAnotherTypeIsAConfigurationErrorThatNamesIt() {
        Event failed = run(WrongFieldType.class).testEvents().failed().stream().findFirst().orElseThrow();
        Throwable cause = failed.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();

        assertThat(cause).isInstanceOf(ExtensionConfigurationException.class).hasMessage("@MockEndpoint field "
                + WrongFieldType.class.getName() + ".endpoint must be a non-final MockLeadEndpoint: java.lang.String");
    }

    // Fixtures: run only through EngineTestKit above (their names do not match surefire's patterns).

    static class PerTest {
        @MockEndpoint
        MockLeadEndpoint endpoint;
        private String current;

        @BeforeEach
        void before(@MockEndpoint MockLeadEndpoint fromBeforeEach, org.junit.jupiter.api.TestInfo info) {
            current = info.getTestMethod().orElseThrow().getName();
            see(current + ".beforeEach", fromBeforeEach);
        }

        @Test
        void first(@MockEndpoint MockLeadEndpoint parameter) throws Exception {
            see("first.field", endpoint);
            see("first.parameter", parameter);
            exercise(endpoint);
        }

        @Test
        void second() throws Exception {
            see("second.field", endpoint);
            exercise(endpoint);
        }

        @AfterEach
        void after() {
            OPEN.put(current + ".afterEach", listening(endpoint));
        }
    }

    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class PerClassStatic {
        @MockEndpoint
        static MockLeadEndpoint shared;

        @BeforeAll
        static void before(MockLeadEndpoint fromBeforeAll) {
            see("beforeAll", fromBeforeAll);
        }

        @Test
        void first(MockLeadEndpoint parameter) throws Exception {
            see("first.static", shared);
            see("first.parameter", parameter);
            exercise(shared);
        }

        @Test
        void second() throws Exception {
            see("second.static", shared);
            OPEN.put("second.static", listening(shared));
            exercise(shared);
        }

        @AfterAll
        static void after() {
            OPEN.put("afterAll", listening(shared));
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class PerClassLifecycle {
        @MockEndpoint
        MockLeadEndpoint endpoint;

        @Test
        void first(@MockEndpoint MockLeadEndpoint parameter) throws Exception {
            see("first.field", endpoint);
            see("first.parameter", parameter);
            exercise(endpoint);
        }

        @Test
        void second(@MockEndpoint MockLeadEndpoint parameter) throws Exception {
            see("second.field", endpoint);
            see("second.parameter", parameter);
            exercise(endpoint);
        }
    }

    @MockEndpoint(https = true)
    static class HttpsClass {
        HttpsClass(MockLeadEndpoint fromConstructor) {
            see("constructor", fromConstructor);
        }

        @Test
        void both(MockLeadEndpoint secure, @MockEndpoint(https = false) MockLeadEndpoint plain) throws Exception {
            see("https", secure);
            see("http", plain);
            exercise(secure);
            exercise(plain);
        }
    }

    static class Outer {
        @MockEndpoint
        MockLeadEndpoint outerField;

        @Test
        void outer() {
            see("outer.field", outerField);
        }

        @Nested
        class Inner {
            @MockEndpoint
            MockLeadEndpoint innerField;

            @Test
            void inner() throws Exception {
                see("inner.outerField", outerField);
                see("inner.innerField", innerField);
                exercise(innerField);
            }
        }
    }

    static class FailingTest {
        @MockEndpoint
        MockLeadEndpoint endpoint;

        @Test
        void failing() {
            see("failing", endpoint);
            throw new AssertionError("this fixture fails on purpose");
        }
    }

    static class WrongFieldType {
        @MockEndpoint
        String endpoint;

        @Test
        void neverRuns() {
            see("neverRuns", null);
        }
    }
}

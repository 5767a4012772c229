package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * {@code @InjectEndpoint}, the clearer name of {@code @MockEndpoint}, on every kind of place it goes, and next to
 * the old name in one test. Runs small fixture classes with JUnit's own engine, as
 * {@link MockLeadEndpointExtensionTest} does for the old name and the scopes.
 */
@SuppressWarnings("removal") // one fixture mixes in the deprecated name on purpose
class InjectEndpointTest {
    static final Map<String, MockLeadEndpoint> SEEN = new ConcurrentHashMap<>();

    private static EngineExecutionResults run(Class<?> fixture) {
        SEEN.clear();
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
    }

    private static void assertAllClosed() {
        SEEN.forEach((label, endpoint) -> assertThat(MockLeadEndpointExtensionTest.listening(endpoint))
                .as("%s still listening", label).isFalse());
    }

    @Test
    void injectsFieldsAndParametersAndClosesThem() {
        run(FieldsAndParameters.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));

        assertThat(SEEN.get("field")).isNotNull().isSameAs(SEEN.get("parameter"));
        assertThat(SEEN.get("field").isHttps()).isFalse();
        assertThat(SEEN.get("secure").isHttps()).isTrue();
        assertThat(SEEN.get("static")).isNotNull().isSameAs(SEEN.get("beforeAll")).isNotSameAs(SEEN.get("field"));
        assertAllClosed();
    }

    @Test
    void onTheClassItSetsEveryParameter() {
        run(HttpsClass.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));

        assertThat(SEEN.get("parameter").isHttps()).isTrue();
        assertAllClosed();
    }

    @Test
    void theOldAndTheNewNameWithTheSameSettingsShareOneEndpoint() {
        run(OldAndNew.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));

        assertThat(SEEN.get("new")).isNotNull().isSameAs(SEEN.get("old"));
        assertAllClosed();
    }

    @Test
    void aWrongFieldIsAConfigurationErrorThatNamesTheAnnotationUsed() {
        Event failed = run(WrongFieldType.class).testEvents().failed().stream().findFirst().orElseThrow();
        Throwable cause = failed.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();

        assertThat(cause).isInstanceOf(ExtensionConfigurationException.class).hasMessage("@InjectEndpoint field "
                + WrongFieldType.class.getName() + ".endpoint must be a non-final MockLeadEndpoint: final "
                + MockLeadEndpoint.class.getName());
    }

    // Fixtures: run only through EngineTestKit above (their names do not match surefire's patterns).

    static class FieldsAndParameters {
        @InjectEndpoint
        static MockLeadEndpoint shared;

        @InjectEndpoint
        MockLeadEndpoint endpoint;

        @BeforeAll
        static void before(@InjectEndpoint MockLeadEndpoint fromBeforeAll) {
            SEEN.put("beforeAll", fromBeforeAll);
        }

        @Test
        void test(@InjectEndpoint MockLeadEndpoint parameter, @InjectEndpoint(https = true) MockLeadEndpoint secure)
                throws Exception {
            SEEN.put("static", shared);
            SEEN.put("field", endpoint);
            SEEN.put("parameter", parameter);
            SEEN.put("secure", secure);
            MockLeadEndpointExtensionTest.exercise(endpoint);
            MockLeadEndpointExtensionTest.exercise(secure);
        }
    }

    @InjectEndpoint(https = true)
    static class HttpsClass {
        @Test
        void test(MockLeadEndpoint parameter) throws Exception {
            SEEN.put("parameter", parameter);
            MockLeadEndpointExtensionTest.exercise(parameter);
        }
    }

    static class OldAndNew {
        @InjectEndpoint
        MockLeadEndpoint fresh;

        @MockEndpoint
        MockLeadEndpoint legacy;

        @Test
        void test() {
            SEEN.put("new", fresh);
            SEEN.put("old", legacy);
        }
    }

    static class WrongFieldType {
        @InjectEndpoint
        final MockLeadEndpoint endpoint = null;

        @Test
        void neverRuns() {
            throw new AssertionError("a fixture whose field cannot be injected never runs");
        }
    }
}

package dev.leadkit.smoke.probe;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.testing.LeadAssertions;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.TestLeads;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Run by ModulePathSmokeTest in a JVM of its own, with leadkit's modules on the module path and this class, the test
 * kit, JUnit and AssertJ on the class path, and none of the extra exports Surefire adds: a modular application's
 * tests as Maven users run them. Prints one line per check, {@code name: outcome}.
 */
public final class TestKitProbe {
    private TestKitProbe() {
    }

    /**
     * Runs the checks.
     *
     * @param args ignored
     * @throws Exception if the endpoint cannot be reached
     */
    public static void main(String[] args) throws Exception {
        System.out.println("model-module: " + Lead.class.getModule().getName());
        System.out.println("kit-module: " + (TestLeads.class.getModule().isNamed() ? "named" : "unnamed"));
        Lead lead = LeadJson.defaults().read(TestLeads.documented2020().bytes());
        try {
            LeadAssertions.assertThat(lead).hasEmail("nobody@fabrikam.example");
            System.out.println("hasEmail: passed");
        } catch (AssertionError e) {
            System.out.println("hasEmail: " + e.getClass().getName());
        } catch (Throwable e) {
            System.out.println("hasEmail: " + e);
        }
        try (MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp()) {
            URI uri = endpoint.uri("/hook?sig=s3cret");
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(TestLeads.documented2020().bytes()))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.discarding());
            System.out.println("recordedRequest: " + endpoint.takeRequest());
        } catch (Throwable e) {
            System.out.println("recordedRequest: " + e);
        }
    }
}

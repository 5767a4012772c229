/**
 * Test support for code that sends or receives marketplace leads: {@link dev.leadkit.testing.TestLeads} (sample,
 * random and hostile leads), {@link dev.leadkit.testing.MockLeadEndpoint} (a scriptable lead receiver on a real
 * loopback socket, over HTTP or HTTPS with a shipped test certificate), {@link dev.leadkit.testing.InjectEndpoint}
 * (a JUnit 5 extension that starts and closes endpoints) and {@link dev.leadkit.testing.LeadAssertions} (AssertJ
 * assertions on leads and validation reports).
 *
 * <p>JUnit Jupiter and AssertJ are optional dependencies: only the extension needs the first and only the assertions
 * need the second, so a program that uses {@code TestLeads} alone runs without either.
 */
module dev.leadkit.testing {
    requires transitive dev.leadkit.model;
    requires transitive dev.leadkit.schema;
    requires static org.junit.jupiter.api;
    requires static org.assertj.core;

    exports dev.leadkit.testing;
}

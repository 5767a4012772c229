/**
 * Test support for code that sends or receives marketplace leads: {@link dev.leadkit.testing.TestLeads} (sample,
 * random and hostile leads), {@link dev.leadkit.testing.MockLeadEndpoint} (a scriptable lead receiver on a real
 * loopback socket, over HTTP or HTTPS with a shipped test certificate).
 *
 * <p>JUnit Jupiter and AssertJ are optional dependencies, for the JUnit extension and the AssertJ assertions; a
 * program that uses {@code TestLeads} alone runs without either.
 */
module dev.leadkit.testing {
    requires transitive dev.leadkit.model;
    requires transitive dev.leadkit.schema;
    requires static transitive org.junit.jupiter.api;
    requires static transitive org.assertj.core;

    exports dev.leadkit.testing;
}

/**
 * Test support for code that sends or receives marketplace leads: {@link dev.leadkit.testing.MockLeadEndpoint},
 * a scriptable lead receiver on a real loopback socket, over HTTP or HTTPS with a shipped test certificate.
 */
module dev.leadkit.testing {
    requires transitive dev.leadkit.model;

    exports dev.leadkit.testing;
}

package dev.leadkit.cli;

import dev.leadkit.testing.MockLeadEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * A PKCS12 key store made at test time, in a temporary folder, from lead-testing's PEM test certificate and key
 * (for localhost and 127.0.0.1): no binary key store is committed.
 */
final class TestKeyStore {
    static final String PASSWORD = "test-only";

    private TestKeyStore() {
    }

    /** Writes {@code server.p12} (password {@link #PASSWORD}) and {@code server.pem} (the certificate) into dir. */
    static Path write(Path dir) throws IOException, GeneralSecurityException {
        byte[] certificatePem = resource("mock-endpoint-cert.pem");
        Files.write(dir.resolve("server.pem"), certificatePem);
        Certificate certificate = CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(certificatePem));
        String keyPem = new String(resource("mock-endpoint-key.pem"), StandardCharsets.US_ASCII)
                .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
        PrivateKey key = KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(keyPem)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", key, PASSWORD.toCharArray(), new Certificate[] {certificate});
        Path p12 = dir.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return p12;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MockLeadEndpoint.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("lead-testing resource missing: " + name);
            }
            return in.readAllBytes();
        }
    }
}

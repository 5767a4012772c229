package dev.leadkit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The mock endpoint's TLS identity: the certificate and key shipped as PEM text next to this class (see
 * {@code mock-endpoint-cert.txt} for the command that made them), and the contexts built from them in memory.
 * The client context trusts exactly that one certificate.
 */
final class TestTls {
    private static final char[] PASSWORD = "mock-endpoint".toCharArray();

    private TestTls() {
    }

    /** Loaded on first use only, so an HTTP-only endpoint never reads the PEM files. */
    private static final class Holder {
        static final X509Certificate CERTIFICATE = readCertificate("mock-endpoint-cert.pem");
        static final SSLContext SERVER = buildServerContext(readKey("mock-endpoint-key.pem"));
        static final SSLContext CLIENT = buildClientContext();
    }

    static SSLContext serverContext() {
        return Holder.SERVER;
    }

    static SSLContext clientContext() {
        return Holder.CLIENT;
    }

    private static SSLContext buildServerContext(PrivateKey key) {
        try {
            KeyStore store = emptyStore();
            store.setKeyEntry("mock-endpoint", key, PASSWORD, new Certificate[] {Holder.CERTIFICATE});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the mock endpoint's server TLS context", e);
        }
    }

    private static SSLContext buildClientContext() {
        try {
            KeyStore store = emptyStore();
            store.setCertificateEntry("mock-endpoint", Holder.CERTIFICATE);
            TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the context that trusts the mock endpoint", e);
        }
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store;
    }

    private static X509Certificate readCertificate(String resource) {
        try (InputStream in = open(resource)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test certificate " + resource, e);
        }
    }

    private static PrivateKey readKey(String resource) {
        try (InputStream in = open(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", "");
            byte[] der = Base64.getMimeDecoder().decode(pem);
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test key " + resource, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = TestTls.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource dev/leadkit/testing/" + resource);
        }
        return in;
    }
}

package dev.leadkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS contexts from files: a PKCS12 key store for {@code serve}, PEM certificates to trust for {@code send}. */
final class Tls {
    private Tls() {
    }

    /**
     * A server context from a PKCS12 file holding one private key and its certificate chain.
     *
     * @throws CliException if the file cannot be read, the password is wrong or the store holds no key
     */
    static SSLContext server(Path keyStore, char[] password) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (NoSuchFileException e) {
            throw new CliException("no such key store: " + keyStore, e);
        } catch (IOException | GeneralSecurityException e) {
            // KeyStore.load says "wrong password" and "not PKCS12" both with an IOException: its text is the JDK's
            // internals (toDerInputStream rejects tag type 123), so the words here are ours.
            throw new CliException("cannot use the PKCS12 key store " + keyStore + ": wrong password, or not a "
                    + "PKCS12 file (openssl pkcs12 -export makes one from a key and a certificate)", e);
        }
    }

    /**
     * A client context that trusts exactly the certificates in a PEM file: a private CA or a test certificate.
     *
     * @throws CliException if the file cannot be read or holds no certificate
     */
    static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new CliException("no certificate in " + pem);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("trusted-" + i++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (NoSuchFileException e) {
            throw new CliException("no such certificate file: " + pem, e);
        } catch (IOException e) {
            throw new CliException("cannot read " + pem + ": " + IoProblems.describe(e), e);
        } catch (GeneralSecurityException e) {
            throw new CliException("cannot read the certificates in " + pem + ": it must hold PEM certificates "
                    + "(-----BEGIN CERTIFICATE-----)", e);
        }
    }
}

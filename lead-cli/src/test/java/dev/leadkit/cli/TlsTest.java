package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what they should be get messages in words, without the JDK's internals. */
class TlsTest {
    @TempDir
    Path dir;

    @Test
    void aKeyStoreThatIsNotPkcs12IsSaidSo() throws IOException {
        Path notPkcs12 = Files.writeString(dir.resolve("server.p12"), "{\"not\":\"a key store\"}");
        assertThatThrownBy(() -> Tls.server(notPkcs12, "pw".toCharArray())).isInstanceOf(CliException.class)
                .hasMessage("cannot use the PKCS12 key store " + notPkcs12 + ": wrong password, or not a PKCS12 "
                        + "file (openssl pkcs12 -export makes one from a key and a certificate)");
    }

    @Test
    void aPemFileWithoutCertificatesIsSaidSo() throws IOException {
        Path garbage = Files.writeString(dir.resolve("server.pem"), "-----BEGIN CERTIFICATE-----\nnot base64!\n"
                + "-----END CERTIFICATE-----\n");
        assertThatThrownBy(() -> Tls.trusting(garbage)).isInstanceOf(CliException.class)
                .hasMessage("cannot read the certificates in " + garbage + ": it must hold PEM certificates "
                        + "(-----BEGIN CERTIFICATE-----)");
        assertThatThrownBy(() -> Tls.trusting(dir)).isInstanceOf(CliException.class)
                .message().doesNotContain("java.", "Exception");
    }
}

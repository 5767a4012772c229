package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EndpointTest {
    @Test
    void knowsLoopbackHostsFromTheirTextAlone() {
        assertThat(Endpoint.isLoopback("localhost")).isTrue();
        assertThat(Endpoint.isLoopback("LOCALHOST")).isTrue();
        assertThat(Endpoint.isLoopback("127.0.0.1")).isTrue();
        assertThat(Endpoint.isLoopback("127.1.2.3")).isTrue();
        assertThat(Endpoint.isLoopback("[::1]")).isTrue();
        assertThat(Endpoint.isLoopback("[0:0:0:0:0:0:0:1]")).isTrue();

        assertThat(Endpoint.isLoopback("127.0.0.256")).isFalse();
        assertThat(Endpoint.isLoopback("128.0.0.1")).isFalse();
        assertThat(Endpoint.isLoopback("10.0.0.1")).isFalse();
        assertThat(Endpoint.isLoopback("[::2]")).isFalse();
        assertThat(Endpoint.isLoopback("127.0.0.1.example.com")).isFalse();
        assertThat(Endpoint.isLoopback("localhost.example.com")).isFalse();
        assertThat(Endpoint.isLoopback("evil.localhost")).isFalse();
    }

    @Test
    void masksThePathAfterItsFirstSegmentAndTheQueryAndResolvesRedirectTargets() {
        URI uri = URI.create("https://prod-12.westus.logic.azure.com:443/workflows/abc/"
                + "triggers/manual/paths/invoke?api-version=2016-06-01&sig=secret");
        Endpoint endpoint = Endpoint.of(uri, false, false);

        assertThat(endpoint.masked()).isEqualTo("https://prod-12.westus.logic.azure.com:443/workflows/***?***");
        assertThat(Endpoint.of(uri, false, true).masked())
                .isEqualTo("https://prod-12.westus.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?***");
        assertThat(endpoint.isHttps()).isTrue();
        assertThat(endpoint.maskOther("/moved?sig=other"))
                .isEqualTo("https://prod-12.westus.logic.azure.com:443/moved?***");
        assertThat(endpoint.maskOther("/hooks/catch/1/SECRET")).isEqualTo("https://prod-12.westus.logic.azure.com:443/hooks/***");
        assertThat(endpoint.maskOther("http://elsewhere/x")).isEqualTo("http://elsewhere/x");
        assertThat(endpoint.maskOther("http://bad host/")).isEqualTo("(an invalid URL)");
    }
}

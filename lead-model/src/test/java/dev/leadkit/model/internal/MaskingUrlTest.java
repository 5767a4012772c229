package dev.leadkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MaskingUrlTest {
    @Test
    void showsSchemeHostPortAndPathAndMasksTheQuery() {
        assertThat(Masking.url(URI.create("https://prod-01.westeurope.logic.azure.com:443/workflows/1/triggers/"
                + "manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers&sv=1.0&sig=SECRET")))
                .isEqualTo("https://prod-01.westeurope.logic.azure.com:443/workflows/1/triggers/manual/paths/"
                        + "invoke?***");
        assertThat(Masking.url(URI.create("https://fn.azurewebsites.net/api/lead?code=SECRET")))
                .isEqualTo("https://fn.azurewebsites.net/api/lead?***");
        assertThat(Masking.url(URI.create("http://127.0.0.1:8080"))).isEqualTo("http://127.0.0.1:8080");
        assertThat(Masking.url(URI.create("https://[::1]/x?"))).isEqualTo("https://[::1]/x?***");
    }

    @Test
    void dropsUserInfoAndFragment() {
        assertThat(Masking.url(URI.create("https://user:SECRET@host/p#SECRET"))).isEqualTo("https://host/p");
    }

    @Test
    void masksWhatItCannotTakeApart() {
        assertThat(Masking.url(URI.create("mailto:someone@contoso.com"))).isEqualTo("mailto:***");
        assertThat(Masking.url(URI.create("relative/path?token=SECRET"))).isEqualTo("***");
        assertThat(Masking.url(null)).isNull();
    }

    @Test
    void masksTheQueryOfARequestTarget() {
        assertThat(Masking.target("/invoke?sig=SECRET")).isEqualTo("/invoke?***");
        assertThat(Masking.target("/invoke")).isEqualTo("/invoke");
        assertThat(Masking.target(null)).isNull();
    }
}

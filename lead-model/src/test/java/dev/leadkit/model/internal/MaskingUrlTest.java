package dev.leadkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MaskingUrlTest {
    @Test
    void showsSchemeHostPortAndTheFirstPathSegmentAndMasksTheQuery() {
        assertThat(Masking.url(URI.create("https://prod-01.westeurope.logic.azure.com:443/workflows/1/triggers/"
                + "manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers&sv=1.0&sig=SECRET")))
                .isEqualTo("https://prod-01.westeurope.logic.azure.com:443/workflows/***?***");
        assertThat(Masking.url(URI.create("https://fn.azurewebsites.net/api/lead?code=SECRET")))
                .isEqualTo("https://fn.azurewebsites.net/api/***?***");
        assertThat(Masking.url(URI.create("https://host/invoke/"))).isEqualTo("https://host/invoke/");
        assertThat(Masking.url(URI.create("https://host/"))).isEqualTo("https://host/");
        assertThat(Masking.url(URI.create("http://127.0.0.1:8080"))).isEqualTo("http://127.0.0.1:8080");
        assertThat(Masking.url(URI.create("https://[::1]/x?"))).isEqualTo("https://[::1]/x?***");
    }

    @Test
    void masksSecretsInThePath() {
        assertThat(Masking.url(URI.create("https://hooks.zapier.com/hooks/catch/123456/abcSECRET/")))
                .isEqualTo("https://hooks.zapier.com/hooks/***");
        assertThat(Masking.url(URI.create("https://hooks.slack.com/services/T000/B000/XXXXSECRET")))
                .isEqualTo("https://hooks.slack.com/services/***");
        assertThat(Masking.url(URI.create("https://discord.com/api/webhooks/1234/SECRET")))
                .isEqualTo("https://discord.com/api/***");
        assertThat(Masking.url(URI.create("https://host/a1b2c3SECRET"))).isEqualTo("https://host/***");
        assertThat(Masking.url(URI.create("https://host/" + "x".repeat(25)))).isEqualTo("https://host/***");
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

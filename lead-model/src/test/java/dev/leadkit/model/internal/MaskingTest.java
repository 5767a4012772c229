package dev.leadkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksEmailKeepingFirstCharacterAndDomain() {
        assertThat(Masking.email("someone@contoso.com")).isEqualTo("s****@contoso.com");
        assertThat(Masking.email("a@b@c.example")).isEqualTo("a****@c.example");
        assertThat(Masking.email("no-at-sign")).isEqualTo("n***");
        assertThat(Masking.email("@x.example")).isEqualTo("@***");
        assertThat(Masking.email("😀x@y.example")).isEqualTo("😀****@y.example");
        assertThat(Masking.email(null)).isNull();
    }

    @Test
    void masksNamesAndPhones() {
        assertThat(Masking.name("Some")).isEqualTo("S***");
        assertThat(Masking.name("")).isEmpty();
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.phone("16175555555")).isEqualTo("***55");
        assertThat(Masking.phone("123")).isEqualTo("***");
        assertThat(Masking.phone(null)).isNull();
    }
}

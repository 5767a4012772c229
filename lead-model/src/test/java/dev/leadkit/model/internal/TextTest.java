package dev.leadkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void escapesControlCharactersQuotesAndLineSeparators() {
        assertThat(Text.quote("a\r\nb\"c\\d\u2028\u0000")).isEqualTo("\"a\\u000d\\u000ab\\\"c\\\\d\\u2028\\u0000\"");
    }

    @Test
    void cutsLongText() {
        String quoted = Text.quote("x".repeat(500));

        assertThat(quoted).hasSize(Text.MAX_LENGTH + 5).endsWith("\"...");
    }

    @Test
    void namesTheRootPointer() {
        assertThat(Text.pointer("")).isEqualTo("\"\" (the root)");
        assertThat(Text.pointer("/UserDetails/Email")).isEqualTo("\"/UserDetails/Email\"");
    }
}

package dev.leadkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointersTest {

    @Test
    void escapesTildeAndSlashAsRfc6901Says() {
        assertThat(Pointers.child("", "a/b~c")).isEqualTo("/a~1b~0c");
        assertThat(Pointers.child("/UserDetails", "Email")).isEqualTo("/UserDetails/Email");
        assertThat(Pointers.child("", "")).isEqualTo("/");
        assertThat(Pointers.escape("~1")).isEqualTo("~01");
    }
}

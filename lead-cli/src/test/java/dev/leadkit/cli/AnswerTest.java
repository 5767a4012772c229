package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.schema.Violation;
import org.junit.jupiter.api.Test;

class AnswerTest {
    @Test
    void readsTheVerdictOfA202() {
        Answer a = Answer.read("{\"status\":202,\"title\":\"Lead accepted\",\"valid\":false,\"violations\":"
                + "[{\"pointer\":\"/UserDetails/Email\",\"code\":\"email\",\"detail\":\"bad\",\"extra\":[1]}]}");
        assertThat(a.valid()).isFalse();
        assertThat(a.detail()).isNull();
        assertThat(a.items()).containsExactly(new Violation("/UserDetails/Email", "email", "bad"));
    }

    @Test
    void readsTheDetailAndErrorsOfAProblem() {
        Answer a = Answer.read("{\"type\":\"t\",\"detail\":\"why\",\"errors\":[{\"pointer\":\"\",\"code\":\"limit\","
                + "\"detail\":\"too big\"}],\"more\":{\"x\":1}}");
        assertThat(a.valid()).isNull();
        assertThat(a.detail()).isEqualTo("why");
        assertThat(a.items()).containsExactly(new Violation("", "limit", "too big"));
    }

    @Test
    void keepsWhatItReadOfACutOrForeignBody() {
        Answer cut = Answer.read("{\"detail\":\"why\",\"errors\":[{\"pointer\":\"/a\",\"code\":\"type\"},{\"poin");
        assertThat(cut.detail()).isEqualTo("why");
        assertThat(cut.items()).containsExactly(new Violation("/a", "type", ""));
        assertThat(Answer.read("<html>502 Bad Gateway</html>")).isEqualTo(new Answer(null, null, java.util.List.of()));
        assertThat(Answer.read("{\"errors\":[{\"pointer\":\"no-slash\",\"code\":\"\"}]}").items())
                .containsExactly(new Violation("", "?", ""));
    }
}

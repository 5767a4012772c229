package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MockResponseTest {
    @Test
    void defaultsTo202WithNothingElse() {
        MockResponse response = MockResponse.builder().build();

        assertThat(response).isEqualTo(MockResponse.ACCEPTED);
        assertThat(response.status()).isEqualTo(202);
        assertThat(response.headers()).isEmpty();
        assertThat(response.body()).isEmpty();
        assertThat(response.headersDelay()).isZero();
        assertThat(response.stallAfterBytes()).isEqualTo(-1);
        assertThat(response.stallDuration()).isEmpty();
        assertThat(response.disconnect()).isEqualTo(MockResponse.Disconnect.NONE);
    }

    @Test
    void toBuilderRoundTrips() {
        MockResponse response = MockResponse.builder().status(429).header("Retry-After", "3").body("slow down")
                .headersDelay(Duration.ofMillis(5)).stallBodyAfter(2, Duration.ofMillis(7)).build();

        assertThat(response.toBuilder().build()).isEqualTo(response).hasSameHashCodeAs(response);
        assertThat(response.toBuilder().status(200).build()).isNotEqualTo(response);
        assertThat(response.stallDuration()).contains(Duration.ofMillis(7));
        assertThat(response.toString()).isEqualTo("MockResponse[status=429, headers=[Retry-After], body=9 bytes,"
                + " headersDelay=PT0.005S, stallAfterBytes=2, stallDuration=PT0.007S]");
    }

    @Test
    void copiesTheBody() {
        byte[] body = {'a', 'b'};
        MockResponse response = MockResponse.builder().body(body).build();
        body[0] = 'z';
        response.body()[1] = 'z';

        assertThat(response.body()).containsExactly('a', 'b');
    }

    @Test
    void factoriesSayWhatTheyDo() {
        assertThat(MockResponse.of(503).status()).isEqualTo(503);
        assertThat(MockResponse.of(400, "no").body()).asString().isEqualTo("no");
        assertThat(MockResponse.redirect(307, "http://x/").headers("Location")).containsExactly("http://x/");
        assertThat(MockResponse.dropBeforeRequest().disconnect()).isEqualTo(MockResponse.Disconnect.BEFORE_REQUEST);
        assertThat(MockResponse.dropAfterRequest().toString()).isEqualTo("MockResponse[disconnect=AFTER_REQUEST]");
    }

    @Test
    void rejectsWhatCannotBeSent() {
        assertThatThrownBy(() -> MockResponse.of(199)).hasMessage("status must be between 200 and 599: 199");
        assertThatThrownBy(() -> MockResponse.of(600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MockResponse.redirect(200, "/"))
                .hasMessage("status must be a 3xx redirect status: 200");
        assertThatThrownBy(() -> MockResponse.builder().header("Content-Length", "1"))
                .hasMessage("name must not be a framing header the endpoint sets: Content-Length");
        assertThatThrownBy(() -> MockResponse.builder().header("X-Bad", "a\r\nInjected: yes"))
                .hasMessage("value of header X-Bad must not contain CR or LF");
        assertThatThrownBy(() -> MockResponse.builder().header("Bad Name", "v"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MockResponse.builder().body("abc").stallBodyAfter(3).build())
                .hasMessage("stallBodyAfter must be less than the body length 3: 3");
        assertThatThrownBy(() -> MockResponse.builder().stallBodyAfter(-1)).hasMessage("bytes must be >= 0: -1");
        assertThatThrownBy(() -> MockResponse.builder().headersDelay(Duration.ofMillis(-1)))
                .hasMessage("headersDelay must be >= 0: PT-0.001S");
        assertThatThrownBy(() -> MockResponse.builder().status(204).body("x").build())
                .hasMessage("status 204 must not have a body: 1 bytes");
    }

    @Test
    void headersIgnoreCaseAndKeepEveryValueInOrder() {
        MockResponse response = MockResponse.builder().addHeader("Link", "<a>").addHeader("LINK", "<b>")
                .setHeader("Retry-After", "1").setHeader("retry-after", "2").addHeader("X-Gone", "x")
                .removeHeader("x-gone").build();

        assertThat(response.headers("link")).containsExactly("<a>", "<b>");
        assertThat(response.headers().get("lInK")).containsExactly("<a>", "<b>");
        assertThat(response.headers("Retry-After")).containsExactly("2");
        assertThat(response.header("RETRY-AFTER")).contains("2");
        assertThat(response.headers("X-Gone")).isEmpty();
        assertThat(response.header("X-Gone")).isEmpty();
        assertThat(response.headers()).containsOnlyKeys("Link", "retry-after"); // as last set
        assertThat(response.toBuilder().build()).isEqualTo(response);
        assertThat(response.toBuilder().removeHeader("LINK").build().headers()).containsOnlyKeys("retry-after");
    }

    @Test
    void headerIsSetHeader() {
        assertThat(MockResponse.builder().header("A", "1").header("a", "2").build())
                .isEqualTo(MockResponse.builder().setHeader("a", "2").build());
    }

    @Test
    void everyWayToAddAHeaderRefusesFramingHeadersAndLineBreaks() {
        assertThatThrownBy(() -> MockResponse.builder().addHeader("transfer-ENCODING", "chunked"))
                .hasMessage("name must not be a framing header the endpoint sets: transfer-ENCODING");
        assertThatThrownBy(() -> MockResponse.builder().setHeader("X", "a\nb"))
                .hasMessage("value of header X must not contain CR or LF");
        assertThatThrownBy(() -> MockResponse.builder().addHeader("", "v"))
                .hasMessage("name must be a non-empty header token: \"\"");
    }

    @Test
    void throttleBodyChecksItsArguments() {
        MockResponse response = MockResponse.builder().body("abc").throttleBody(2, Duration.ZERO).build();

        assertThat(response.toString()).endsWith(", throttle=2 bytes per PT0S]");
        assertThat(response.toBuilder().build()).isEqualTo(response).hasSameHashCodeAs(response);
        assertThat(MockResponse.builder().body("abc").build()).isNotEqualTo(response);
        assertThatThrownBy(() -> MockResponse.builder().throttleBody(0, Duration.ZERO))
                .hasMessage("bytes must be >= 1: 0");
        assertThatThrownBy(() -> MockResponse.builder().throttleBody(1, Duration.ofMillis(-1)))
                .hasMessage("period must be >= 0: PT-0.001S");
    }
}

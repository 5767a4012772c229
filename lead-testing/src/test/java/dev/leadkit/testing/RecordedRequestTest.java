package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.LeadParseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordedRequestTest {
    private static RecordedRequest request(String target, String body) {
        return new RecordedRequest(3, "POST", target, "HTTP/1.1",
                Map.of("content-type", List.of("application/json"), "x-multi", List.of("a", "b")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void toStringMasksTheQueryAndShowsNoBody() {
        RecordedRequest request = request("/invoke?sig=topsecret", MockLeadEndpointTest.SAMPLE);

        assertThat(request.toString()).doesNotContain("topsecret").doesNotContain("someone")
                .startsWith("RecordedRequest[#3 POST /invoke?*** HTTP/1.1, headers=[content-type, x-multi], body=");
    }

    @Test
    void headersIgnoreCaseAndKeepEveryValue() {
        RecordedRequest request = request("/", "{}");

        assertThat(request.header("Content-Type")).contains("application/json");
        assertThat(request.header("X-MULTI")).contains("a");
        assertThat(request.headers().get("x-Multi")).containsExactly("a", "b");
        assertThat(request.header("absent")).isEmpty();
    }

    @Test
    void saysWhyABodyIsNotALead() {
        RecordedRequest request = request("/", "{\"Email\":");

        assertThat(request.parseFailure()).get().extracting(LeadParseException::problem)
                .isEqualTo(LeadParseException.Problem.MALFORMED);
        assertThat(request.toString()).endsWith(", not a lead: MALFORMED]");
    }

    @Test
    void bodyIsACopy() {
        RecordedRequest request = request("/", "{}");
        request.body()[0] = 'x';

        assertThat(request.bodyText()).isEqualTo("{}");
    }

    @Test
    void headersByNameListEveryValueWhateverTheCase() {
        RecordedRequest request = request("/", "{}");

        assertThat(request.headers("X-MULTI")).containsExactly("a", "b");
        assertThat(request.headers("absent")).isEmpty();
    }

    @Test
    void aFailedRequestSaysWhatWasWrongAndNothingElse() {
        RecordedRequest refused = new RecordedRequest(1, "", "", "", Map.of(), new byte[0],
                new RecordedRequest.Failure(431, "too many or too large header fields"));

        assertThat(refused.failure()).hasValueSatisfying(f -> assertThat(f.answered()).isTrue());
        assertThat(refused.toString()).endsWith(", failed: 431 too many or too large header fields]");
        assertThat(request("/", "{}").failure()).isEmpty();
        assertThat(new RecordedRequest.Failure(0, "gone").answered()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RecordedRequest.Failure(202, "x"))
                .hasMessage("status must be 0 or an error status: 202");
    }
}

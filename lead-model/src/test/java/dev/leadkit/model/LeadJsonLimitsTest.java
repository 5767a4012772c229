package dev.leadkit.model;

import static dev.leadkit.model.LeadParseException.Problem.LIMIT_EXCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LeadJsonLimitsTest {

    @Test
    void defaultsAreDocumentedConstants() {
        LeadJson json = LeadJson.defaults();

        assertThat(json.maxDocumentBytes()).isEqualTo(LeadJson.DEFAULT_MAX_DOCUMENT_BYTES).isEqualTo(1 << 20);
        assertThat(json.maxDepth()).isEqualTo(LeadJson.DEFAULT_MAX_DEPTH).isEqualTo(32);
        assertThat(json.maxStringLength()).isEqualTo(LeadJson.DEFAULT_MAX_STRING_LENGTH).isEqualTo(65536);
        assertThat(json.naming()).isEqualTo(LeadJson.Naming.PASCAL_CASE);
    }

    @Test
    void acceptsAStringOfExactlyTheLimitAndRejectsOneMore() {
        LeadJson json = LeadJson.builder().maxStringLength(10).build();

        assertThat(json.read("{\"Description\":\"" + "d".repeat(10) + "\"}").description()).hasSize(10);
        LeadParseException e = failure(json, "{\"Description\":\"" + "d".repeat(11) + "\"}");
        assertThat(e.problem()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(e.pointer()).isEqualTo("/Description");
        assertThat(e.getMessage()).contains("maxStringLength");
    }

    @Test
    void theStringLimitAppliesToUnknownValuesButNotToNames() {
        LeadJson json = LeadJson.builder().maxStringLength(8).build();

        assertThat(failure(json, "{\"x\":[\"123456789\"]}").pointer()).isEqualTo("/x/0");
        assertThat(json.read("{\"123456789\":1}").additionalProperties()).containsKey("123456789");
        LeadParseException longName = failure(json, "{\"" + "n".repeat(50_001) + "\":1}");
        assertThat(longName.problem()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(longName.getMessage()).contains("property name of at most 50000 characters");
    }

    @Test
    void rejectsAHugeStringWithoutRunningOutOfMemory() {
        String huge = "{\"Description\":\"" + "x".repeat(900_000) + "\"}";

        LeadParseException e = failure(LeadJson.defaults(), huge);

        assertThat(e.problem()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(e.pointer()).isEqualTo("/Description");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void acceptsNestingUpToTheDepthLimit() {
        LeadJson json = LeadJson.builder().maxDepth(4).build();

        assertThat(json.read("{\"a\":[[{}]]}").additionalProperties()).containsKey("a");
        LeadParseException e = failure(json, "{\"a\":[[[{}]]]}");
        assertThat(e.problem()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(e.getMessage()).contains("maxDepth");
        assertThat(e.pointer()).isEqualTo("/a/0/0/0");
    }

    @Test
    void rejectsDeepNestingByDefault() {
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThat(failure(LeadJson.defaults(), deep).problem()).isEqualTo(LIMIT_EXCEEDED);
    }

    @Test
    void acceptsADocumentOfExactlyTheSizeLimitAndRejectsOneByteMore() {
        LeadJson json = LeadJson.builder().maxDocumentBytes(20).build();
        String twenty = "{\"Description\":\"ab\"}";
        assertThat(twenty).hasSize(20);

        assertThat(json.read(twenty).description()).isEqualTo("ab");
        LeadParseException e = failure(json, twenty + " ");
        assertThat(e.problem()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(e.getMessage()).contains("maxDocumentBytes").contains("20");
        assertThat(e.pointer()).isEmpty();
    }

    @Test
    void readsAtMostOneByteBeyondTheLimitFromAStream() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return ' ';
            }
        };
        LeadJson json = LeadJson.builder().maxDocumentBytes(1000).build();

        assertThatThrownBy(() -> json.read(endless)).isInstanceOfSatisfying(LeadParseException.class,
                e -> assertThat(e.problem()).isEqualTo(LIMIT_EXCEEDED));
        assertThat(served.get()).isEqualTo(1001);
    }

    @Test
    void aStreamWithinTheLimitReads() {
        LeadJson json = LeadJson.builder().maxDocumentBytes(64).build();

        Lead lead = json.read(new ByteArrayInputStream("{\"ActionCode\":\"INS\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(lead.actionCode()).isEqualTo("INS");
    }

    @Test
    void builderRejectsNonsenseLimitsNamingTheArgument() {
        assertThatThrownBy(() -> LeadJson.builder().maxDocumentBytes(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDocumentBytes must be >= 2 and < Integer.MAX_VALUE: 1");
        assertThatThrownBy(() -> LeadJson.builder().maxDepth(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth must be >= 2: 1");
        assertThatThrownBy(() -> LeadJson.builder().maxStringLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxStringLength must be >= 1: 0");
        assertThatThrownBy(() -> LeadJson.builder().naming(null))
                .isInstanceOf(NullPointerException.class).hasMessage("naming");
    }

    @Test
    void toBuilderKeepsEverySetting() {
        LeadJson custom = LeadJson.builder().naming(LeadJson.Naming.CAMEL_CASE).prettyPrint(true)
                .maxDocumentBytes(99).maxDepth(3).maxStringLength(7).build();

        LeadJson copy = custom.toBuilder().build();

        assertThat(copy).hasToString(custom.toString());
        assertThat(copy.maxDocumentBytes()).isEqualTo(99);
        assertThat(copy.maxDepth()).isEqualTo(3);
        assertThat(copy.maxStringLength()).isEqualTo(7);
        assertThat(copy.naming()).isEqualTo(LeadJson.Naming.CAMEL_CASE);
    }

    private static LeadParseException failure(LeadJson json, String document) {
        try {
            json.read(document);
            throw new AssertionError("expected a LeadParseException");
        } catch (LeadParseException e) {
            return e;
        }
    }
}

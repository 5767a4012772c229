package dev.leadkit.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;
import dev.leadkit.gen.Gen;
import dev.leadkit.model.LeadParseException;
import dev.leadkit.schema.LeadSchema;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.schema.Violation;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10.7: {@link Violation#pointer()} points into the document as it was sent, in every report and problem body;
 * {@link Violation#documentedPointer()} gives the documented form.
 */
class ViolationPointerTest {
    private static final LeadReceiver PLAIN = LeadReceiver.builder().rejectInvalid(true).build();
    private static final LeadReceiver BEAN = LeadReceiver.builder().rejectInvalid(true)
            .validator(LeadValidator.builder().useBeanValidation().build()).build();

    static Stream<Long> seeds() {
        return Gen.seeds(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a422PointsIntoTheBodyAsSent(long seed) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        String details = randomCase("UserDetails", r);
        String email = randomCase("Email", r);
        String body = "{\"x" + r.nextInt(9) + "\":1,\"" + details + "\":{\"" + randomCase("FirstName", r)
                + "\":\"Zoë\",\"" + email + "\":\"someone@contoso\"}}";

        Reception reception = (r.nextBoolean() ? PLAIN : BEAN).receive(body.getBytes(StandardCharsets.UTF_8),
                "application/json");

        assertThat(reception.status()).isEqualTo(422);
        Violation v = ((Reception.Rejected) reception).errors().get(0);
        assertThat(v.pointer()).isEqualTo("/" + details + "/" + email);
        assertThat(v.documentedPointer()).isEqualTo("/UserDetails/Email");
        assertThat(resolves(body, v.pointer())).isTrue();
        assertThat(new String(reception.body(), StandardCharsets.UTF_8)).contains("\"pointer\":\"" + v.pointer() + "\"");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aNumberOutOfRangeIsRefusedAtThePointerReadGives(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] placed = Gen.placed(r, Gen.hugeExponent(r));

        Reception reception = PLAIN.receive(placed[0].getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(reception).isInstanceOfSatisfying(Reception.Rejected.class,
                rejected -> assertThat(rejected.errors().get(0).pointer()).isEqualTo(placed[1]));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void schemaAndParseViolationsPointAsSentToo(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String details = randomCase("UserDetails", r);
        String title = randomCase("OfferTitle", r);
        String body = "{\"" + title + "\":[1],\"" + details + "\":{\"Email\":{}}}";

        LeadParseException e = catchThrowableOfType(LeadParseException.class, () -> LeadSchema.tolerant().read(body));
        Violation parse = Violation.of(e);

        assertThat(parse.pointer()).isEqualTo("/" + title);
        assertThat(parse.documentedPointer()).isEqualTo("/OfferTitle");
        for (Violation v : LeadSchema.tolerant().validate(body).violations()) {
            assertThat(resolves(body, v.pointer())).as(v.toString()).isTrue();
        }
    }

    @Test
    void readingAStringWithAnUnpairedSurrogateFailsAsTheCodecDoes() {
        String body = "{\"OfferTitle\":\"a\uD800b\"}";

        LeadParseException e = catchThrowableOfType(LeadParseException.class, () -> LeadSchema.latest().read(body));

        assertThat(e.problem()).isEqualTo(LeadParseException.Problem.NOT_UTF8);
        assertThat(e.pointer()).isEqualTo("/OfferTitle");
    }

    private static boolean resolves(String body, String pointer) {
        try (JsonParser p = new FilteringParserDelegate(new JsonFactory().createParser(body),
                new JsonPointerBasedFilter(JsonPointer.compile(pointer)), TokenFilter.Inclusion.ONLY_INCLUDE_ALL,
                false)) {
            return p.nextToken() != null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String randomCase(String name, SplittableRandom r) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            out.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }
}

package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.gen.Gen;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10.1: {@code validate} agrees with {@code read}: a number read refuses is a {@code limit} violation at the
 * same pointer, and for every document read accepts, {@code read(json).report()} equals {@code validate(json)}.
 */
class ValidateAgreesWithReadTest {
    private static final List<LeadSchema> SCHEMAS = List.of(LeadSchema.latest(), LeadSchema.revision2018(),
            LeadSchema.tolerant());
    private static final LeadJson CAMEL = LeadJson.builder().naming(LeadJson.Naming.CAMEL_CASE).build();

    static Stream<Long> seeds() {
        return Gen.seeds(400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aNumberOutOfRangeIsALimitInValidateAndInRead(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] placed = Gen.placed(r, Gen.hugeExponent(r));
        byte[] json = placed[0].getBytes(StandardCharsets.UTF_8);

        for (LeadSchema schema : SCHEMAS) {
            ValidationReport report = schema.validate(json);
            assertThat(report.violations()).as(placed[0]).singleElement()
                    .satisfies(v -> assertThat(v.code()).isEqualTo("limit"))
                    .satisfies(v -> assertThat(v.pointer()).isEqualTo(placed[1]));
            LeadParseException e = catchThrowableOfType(LeadParseException.class, () -> schema.read(json));
            assertThat(e).isNotNull();
            assertThat(e.problem()).isEqualTo(LeadParseException.Problem.LIMIT_EXCEEDED);
            assertThat(e.pointer()).isEqualTo(placed[1]);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void forEveryReadableDocumentReadsReportIsValidates(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Lead lead = Gen.lead(r);
        byte[] json = (r.nextBoolean() ? LeadJson.defaults() : CAMEL).writeBytes(lead);

        for (LeadSchema schema : SCHEMAS) {
            CheckedLead read = schema.read(json);
            assertThat(read.lead()).isEqualTo(lead);
            assertThat(read.report()).isEqualTo(schema.validate(json));
            String text = new String(json, StandardCharsets.UTF_8);
            assertThat(schema.read(text).report()).isEqualTo(read.report());
            assertThat(schema.read(text).lead()).isEqualTo(lead);
        }
    }
}

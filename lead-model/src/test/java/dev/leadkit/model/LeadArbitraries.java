package dev.leadkit.model;

import dev.leadkit.model.internal.FieldNames;
import dev.leadkit.model.internal.Utf8;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for leads: any unicode, empty strings, unknown properties of every JSON type. */
final class LeadArbitraries {
    private LeadArbitraries() {
    }

    /** Any text: all of unicode (unpaired surrogates included), empty, long. */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20),
                Arbitraries.of("", " ", "\n", "MSFT_TEST_1234", "someone@contoso.com", "Zoë 😀 東京"));
    }

    static Arbitrary<String> optionalText() {
        return text().injectNull(0.3);
    }

    /** A plain JSON value as {@code additionalProperties()} holds it, nested up to {@code depth}. */
    static Arbitrary<Object> jsonValue(int depth) {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                text().map(s -> (Object) s),
                Arbitraries.longs().map(n -> (Object) n),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(40))
                        .map(n -> (Object) n),
                decimals().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b))
                .injectNull(0.1);
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<Object> list = jsonValue(depth - 1).list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> map = members(depth - 1, Arbitraries.strings().all().ofMaxLength(12))
                .map(m -> (Object) m);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalars),
                net.jqwik.api.Tuple.of(1, list),
                net.jqwik.api.Tuple.of(1, map));
    }

    static Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(),
                BigInteger.TEN.pow(30)), Arbitraries.integers().between(-30, 30)).as(BigDecimal::new);
    }

    /** Members with the given key generator, in generated order. */
    static Arbitrary<Map<String, Object>> members(int depth, Arbitrary<String> keys) {
        Arbitrary<String> validKeys = keys.filter(k -> Utf8.firstUnpairedSurrogate(k) < 0);
        return Combinators.combine(validKeys, jsonValue(depth)).as(AbstractMap.SimpleEntry::new).list().ofMaxSize(4)
                .map(entries -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    entries.forEach(e -> map.put(e.getKey(), e.getValue()));
                    return map;
                });
    }

    /** Keys that do not stand for a documented property at that level. */
    static Arbitrary<String> unknownKeys(List<String> documented) {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12), Arbitraries.of("utm_source", "",
                "Email ", "user details", "a/b~c")).filter(k -> FieldNames.indexOf(documented, k) < 0);
    }

    static Arbitrary<UserDetails> userDetails() {
        Arbitrary<List<String>> values = optionalText().list().ofSize(7);
        return Combinators.combine(values, members(2, unknownKeys(FieldNames.USER_DETAILS)))
                .as((v, extra) -> new UserDetails(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5),
                        v.get(6), extra));
    }

    static Arbitrary<Lead> leads() {
        Arbitrary<List<String>> values = optionalText().list().ofSize(4);
        return Combinators.combine(values, userDetails().injectNull(0.2), members(3, unknownKeys(FieldNames.LEAD)))
                .as((v, details, extra) -> new Lead(v.get(0), v.get(1), v.get(2), v.get(3), details, extra));
    }
}

package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every map and list reachable from a lead refuses every mutator, even a call that would change nothing (clear on
 * an empty list, remove of a missing key), whether the lead was read or built.
 */
class ImmutabilityTest {
    private static final String DOCUMENT = "{\"m\":{\"k\":[1,{\"z\":[]}],\"e\":{}},\"l\":[],"
            + "\"UserDetails\":{\"u\":[\"v\"],\"o\":{\"p\":null}}}";

    static Stream<Arguments> leads() {
        Lead read = LeadJson.defaults().read(DOCUMENT);
        Lead built = Lead.builder().additionalProperties(read.additionalProperties())
                .userDetails(read.userDetails().toBuilder().build()).build();
        return Stream.of(Arguments.of("read", read), Arguments.of("built from plain maps", copyToPlain(built)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leads")
    void everyMutatorThrows(String how, Lead lead) {
        List<Object> containers = new ArrayList<>();
        collect(lead.additionalProperties(), containers);
        collect(lead.userDetails().additionalProperties(), containers);
        assertThat(containers).hasSizeGreaterThanOrEqualTo(10);

        for (Object container : containers) {
            if (container instanceof Map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) container;
                for (Consumer<Map<String, Object>> mutation : MAP_MUTATIONS) {
                    assertThatThrownBy(() -> mutation.accept(map)).as("%s on %s", how, map)
                            .isInstanceOf(UnsupportedOperationException.class);
                }
            } else {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) container;
                for (Consumer<List<Object>> mutation : LIST_MUTATIONS) {
                    assertThatThrownBy(() -> mutation.accept(list)).as("%s on %s", how, list)
                            .isInstanceOf(UnsupportedOperationException.class);
                }
            }
        }
    }

    private static final List<Consumer<Map<String, Object>>> MAP_MUTATIONS = List.of(
            m -> m.put("new", 1), m -> m.remove("missing"), m -> m.putAll(Map.of()), Map::clear,
            m -> m.putIfAbsent("m", 1), m -> m.computeIfPresent("missing", (k, v) -> v),
            m -> m.computeIfAbsent("m", k -> 1), m -> m.compute("x", (k, v) -> null), m -> m.merge("x", 1, (a, b) -> a),
            m -> m.replace("missing", 1), m -> m.replace("missing", 1, 2), m -> m.remove("missing", 1),
            m -> m.replaceAll((k, v) -> v), m -> m.keySet().remove("missing"), m -> m.keySet().clear(),
            m -> m.values().clear(), m -> m.entrySet().clear(), m -> m.values().removeIf(v -> false));

    private static final List<Consumer<List<Object>>> LIST_MUTATIONS = List.of(
            l -> l.add(1), l -> l.add(0, 1), l -> l.addAll(List.of()), l -> l.addAll(0, List.of()), List::clear,
            l -> l.removeIf(v -> false), l -> l.removeAll(List.of()), l -> l.retainAll(List.of()),
            l -> l.replaceAll(v -> v), l -> l.sort(null), l -> l.subList(0, 0).clear(), l -> l.remove("missing"),
            l -> l.listIterator().add(1));

    private static void collect(Object value, List<Object> into) {
        if (value instanceof Map) {
            into.add(value);
            ((Map<?, ?>) value).values().forEach(v -> collect(v, into));
        } else if (value instanceof List) {
            into.add(value);
            ((List<?>) value).forEach(v -> collect(v, into));
        }
    }

    /** The same lead with every container rebuilt from plain JDK collections, so the constructor copies. */
    private static Lead copyToPlain(Lead lead) {
        return lead.toBuilder().additionalProperties(plainMap(lead.additionalProperties()))
                .userDetails(lead.userDetails().toBuilder()
                        .additionalProperties(plainMap(lead.userDetails().additionalProperties())).build())
                .build();
    }

    private static Object plain(Object value) {
        if (value instanceof Map) {
            return plainMap((Map<?, ?>) value);
        }
        if (value instanceof List) {
            List<Object> list = new ArrayList<>();
            ((List<?>) value).forEach(v -> list.add(plain(v)));
            return list;
        }
        return value;
    }

    private static Map<String, Object> plainMap(Map<?, ?> map) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> out.put((String) k, plain(v)));
        return out;
    }
}

package dev.leadkit.testing;

import dev.leadkit.model.ActionCode;
import dev.leadkit.model.Lead;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Leads for tests: fixed samples, reproducible random leads, and bad payloads with the outcome each gets.
 *
 * <p>The samples, each as a {@link Lead} and as raw JSON bytes ({@link LeadSample}):
 * <table>
 * <caption>Samples</caption>
 * <tr><th>accessor</th><th>name</th><th>what it is</th></tr>
 * <tr><td>{@link #documented2018()}</td><td>{@code documented-2018}</td><td>the sample of Microsoft's pt-PT guide
 *     (December 2018), byte for byte: PascalCase, no ActionCode, no Description</td></tr>
 * <tr><td>{@link #documented2020()}</td><td>{@code documented-2020}</td><td>the sample of Microsoft's fr-FR guide
 *     (April 2020), byte for byte: PascalCase with ActionCode and Description</td></tr>
 * <tr><td>{@link #camelCase()}</td><td>{@code camel-case}</td><td>a lead as publishers report real traffic: camelCase
 *     keys, composite lead source {@code AzureMarketplace-INS|publisher.offer}, non-ASCII names</td></tr>
 * <tr><td>{@link #msftTest()}</td><td>{@code msft-test}</td><td>the test lead Partner Center sends when a publisher
 *     validates the lead destination: {@code MSFT_TEST_<n>} in names, e-mail and lead source, phone
 *     {@code 1234567890}, country {@code US}; {@link Lead#isTest()} is true</td></tr>
 * <tr><td>{@link #forAction(ActionCode)}</td><td>{@code action-ins}, {@code action-plt}, {@code action-dnc},
 *     {@code action-create}, {@code action-start-test-drive}</td><td>a camelCase lead per known action code</td></tr>
 * </table>
 *
 * <p>Every sample is valid under {@code LeadValidator.defaults()} and under {@code LeadSchema.latest()} and
 * {@code LeadSchema.tolerant()}. Random leads come from {@link #random(long)}, {@link #randomLeads(long)} and, for
 * invalid ones, {@link RandomLeads}. {@link #hostile()} is a corpus of over a hundred bad, odd or hostile request
 * bodies to run against a receiver, each with the outcome leadkit gives it:
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @MethodSource("dev.leadkit.testing.TestLeads#hostile")
 * void answers400ExactlyWhenLeadkitCannotReadTheBody(HostilePayload payload) {
 *     int status = myReceiver.handle(payload.bytes());
 *     assertThat(status).isEqualTo(payload.isReadable() ? 202 : 400);
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe and never return null.
 */
public final class TestLeads {
    private static final List<LeadSample> SAMPLES = List.of(
            load("documented-2018", "The sample lead of Microsoft's pt-PT guide (December 2018), byte for byte."),
            load("documented-2020", "The sample lead of Microsoft's fr-FR guide (April 2020), byte for byte."),
            load("camel-case", "A lead as real traffic looks: camelCase keys, a composite lead source, non-ASCII"
                    + " names."),
            load("msft-test", "The MSFT_TEST_ lead Partner Center sends when a publisher validates the lead"
                    + " destination."),
            load("action-ins", "A camelCase lead with ActionCode INS: the customer installed or acquired the offer."),
            load("action-plt", "A camelCase lead with ActionCode PLT: a partner-led trial, contact me."),
            load("action-dnc", "A camelCase lead with ActionCode DNC: do not contact the customer."),
            load("action-create", "A camelCase lead with ActionCode Create: a purchase in the Azure portal."),
            load("action-start-test-drive", "A camelCase lead with ActionCode StartTestDrive: a test drive"
                    + " started."));

    private TestLeads() {
    }

    /**
     * The sample lead of Microsoft's pt-PT guide of December 2018, byte for byte as in its JSON fence.
     *
     * @return the sample named {@code documented-2018}
     */
    public static LeadSample documented2018() {
        return SAMPLES.get(0);
    }

    /**
     * The sample lead of Microsoft's fr-FR guide of April 2020, byte for byte as in its JSON fence.
     *
     * @return the sample named {@code documented-2020}
     */
    public static LeadSample documented2020() {
        return SAMPLES.get(1);
    }

    /**
     * A lead shaped like real traffic: camelCase keys, the composite lead source
     * {@code AzureMarketplace-INS|fabrikam.fabrikam-insights-preview}, non-ASCII names, description
     * {@code "Campaigns: "}.
     *
     * @return the sample named {@code camel-case}
     */
    public static LeadSample camelCase() {
        return SAMPLES.get(2);
    }

    /**
     * The test lead Partner Center sends when a publisher validates the lead destination, in camelCase.
     *
     * @return the sample named {@code msft-test}
     */
    public static LeadSample msftTest() {
        return SAMPLES.get(3);
    }

    /**
     * A camelCase lead carrying a known action code.
     *
     * @param action a known code
     * @return the sample named {@code action-ins}, {@code action-plt}, {@code action-dnc}, {@code action-create} or
     *     {@code action-start-test-drive}
     * @throws IllegalArgumentException for {@link ActionCode#UNKNOWN}
     */
    public static LeadSample forAction(ActionCode action) {
        switch (Objects.requireNonNull(action, "action")) {
            case INSTALL:
                return SAMPLES.get(4);
            case PARTNER_LED_TRIAL:
                return SAMPLES.get(5);
            case DO_NOT_CONTACT:
                return SAMPLES.get(6);
            case CREATE:
                return SAMPLES.get(7);
            case START_TEST_DRIVE:
                return SAMPLES.get(8);
            default:
                throw new IllegalArgumentException("action must be a known code: " + action);
        }
    }

    /**
     * One sample lead per known action code, in {@link ActionCode} order.
     *
     * @return an unmodifiable list of five samples
     */
    public static List<LeadSample> actionSamples() {
        return SAMPLES.subList(4, SAMPLES.size());
    }

    /**
     * Every sample: the two documented ones, the camelCase one, the {@code MSFT_TEST_} one, then one per action
     * code.
     *
     * @return an unmodifiable list, in that order
     */
    public static List<LeadSample> samples() {
        return SAMPLES;
    }

    /**
     * Finds a sample by name, ignoring case.
     *
     * @param name a name such as {@code documented-2020}
     * @return the sample
     * @throws IllegalArgumentException if no sample has that name; the message lists the names
     */
    public static LeadSample sample(String name) {
        Objects.requireNonNull(name, "name");
        for (LeadSample sample : SAMPLES) {
            if (sample.name().equalsIgnoreCase(name)) {
                return sample;
            }
        }
        List<String> names = new ArrayList<>();
        SAMPLES.forEach(s -> names.add(s.name()));
        throw new IllegalArgumentException("name must be one of " + names + ": " + name);
    }

    /**
     * A realistic random lead, valid under {@code LeadValidator.defaults()}: the first lead of
     * {@link RandomLeads#of(long)}.
     *
     * @param seed the seed; the same seed gives an equal lead on every JVM
     * @return the lead
     */
    public static Lead random(long seed) {
        return RandomLeads.of(seed).lead(0);
    }

    /**
     * An endless stream of realistic random leads, valid under {@code LeadValidator.defaults()}; see
     * {@link RandomLeads} for what varies and for invalid leads.
     *
     * @param seed the seed; the same seed gives equal leads in the same order on every JVM
     * @return a new ordered stream whose first element is {@link #random(long) random(seed)}; limit it
     */
    public static Stream<Lead> randomLeads(long seed) {
        return RandomLeads.of(seed).stream();
    }

    /**
     * The hostile corpus: malformed and truncated JSON, non-object roots, wrong types, nulls, duplicate and
     * conflicting keys, other encodings and ill-formed UTF-8, control characters, lone surrogates, deep nesting, huge
     * strings and documents, and hostile-looking payloads that are legitimate leads (a byte order mark, escaped CR LF,
     * injection strings). Each states what {@code LeadJson.defaults()}, {@code LeadSchema.latest()} and
     * {@code LeadSchema.tolerant()} make of it; see {@link HostilePayload}.
     *
     * @return an unmodifiable list of payloads with unique names, in a fixed order
     */
    public static List<HostilePayload> hostile() {
        return HostileCorpus.ALL;
    }

    private static LeadSample load(String name, String description) {
        String resource = "samples/" + name + ".json";
        try (InputStream in = TestLeads.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("leadkit sample resource missing from the class path: " + resource);
            }
            return new LeadSample(name, description, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the leadkit sample resource " + resource + " failed", e);
        }
    }
}

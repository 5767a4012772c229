package dev.leadkit.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import dev.leadkit.model.internal.JsonScan;
import dev.leadkit.model.internal.ObservedReads;
import dev.leadkit.model.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One of the lead JSON schemas, and an exact check of raw JSON against it.
 *
 * <p>{@link #latest()} and {@link #revision2018()} are Microsoft's documented schemas, byte for byte; {@link
 * #tolerant()} is leadkit's draft-04 schema that also accepts camelCase keys and {@code null} values, for a publisher
 * to paste into Power Automate with Schema Validation on. {@link #validate(byte[])} answers "would a draft-04
 * validator accept this document?" with draft-04 semantics for these schemas (root must be an object; a declared
 * property, when present, must have the declared type, and {@code null} is not a string; undeclared properties are
 * allowed; names are case-sensitive), checked natively in one streaming pass: no JSON-Schema library runs. A key
 * that occurs twice counts once, by its last occurrence, as in Jackson's tree model and in Json.NET (which Power
 * Automate uses). Malformed JSON is a report with one {@code syntax} violation at the failure point, never an
 * exception.
 *
 * <p>Instances are immutable and thread-safe; the three are shared constants.
 */
public final class LeadSchema {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(SchemaCheck.MAX_DEPTH)
                    .maxStringLength(SchemaCheck.MAX_STRING_LENGTH)
                    .maxNameLength(JsonScan.MAX_NAME_LENGTH)
                    .maxNumberLength(JsonScan.MAX_NUMBER_LENGTH)
                    .maxDocumentLength(-1)
                    .build())
            .build();
    private static final LeadSchema LATEST = load("lead-2020.schema.json");
    private static final LeadSchema REVISION_2018 = load("lead-2018.schema.json");
    private static final LeadSchema TOLERANT = load("lead-tolerant.schema.json");

    private final String resource;
    private final String json;
    private final SchemaModel model;
    private final SchemaCheck check;
    /** Whether {@link #read} can check while decoding; true for every schema leadkit ships. */
    private final boolean onePass;

    private LeadSchema(String resource, String json) {
        this.resource = resource;
        this.json = json;
        this.model = SchemaModel.parse(FACTORY, json);
        this.check = new SchemaCheck(FACTORY, model);
        this.onePass = SchemaObserver.fits(model);
    }

    /**
     * Microsoft's 2020 schema (fr-FR guide, April 2020): {@code ActionCode}, {@code OfferTitle}, {@code LeadSource},
     * {@code Description} and {@code UserDetails}, all optional, in PascalCase.
     *
     * @return the schema
     */
    public static LeadSchema latest() {
        return LATEST;
    }

    /**
     * Microsoft's 2018 schema (pt-PT guide, December 2018): as {@link #latest()} without {@code Description}.
     *
     * @return the schema
     */
    public static LeadSchema revision2018() {
        return REVISION_2018;
    }

    /**
     * leadkit's tolerant draft-04 schema: each documented property in PascalCase and in camelCase, each a string or
     * {@code null} ({@code UserDetails} an object or {@code null}), other properties allowed. It accepts every lead
     * Microsoft is known to send, yet still rejects a number or an object where a string belongs.
     *
     * @return the schema
     */
    public static LeadSchema tolerant() {
        return TOLERANT;
    }

    /**
     * The schema text, exactly as shipped (UTF-8, ending with a newline).
     *
     * @return the JSON text
     */
    public String json() {
        return json;
    }

    /**
     * Checks a UTF-8 document. A UTF-8 byte order mark is ignored; any other byte that is not well-formed UTF-8, and
     * any NUL byte, is a {@code syntax} violation.
     *
     * @param json the document; not modified
     * @return the report: {@code type} violations, or exactly one {@code syntax} or {@code limit} violation
     * @throws NullPointerException if {@code json} is null
     */
    public ValidationReport validate(byte[] json) {
        Objects.requireNonNull(json, "json");
        return check.check(json);
    }

    /**
     * Checks a document held as a string; line and column in {@code syntax} messages count bytes of its UTF-8 form.
     *
     * @param json the document
     * @return the report; an unpaired surrogate is a {@code syntax} violation
     * @throws NullPointerException if {@code json} is null
     */
    public ValidationReport validate(String json) {
        Objects.requireNonNull(json, "json");
        int surrogate = Utf8.firstUnpairedSurrogate(json);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (surrogate >= 0) {
            int offset = json.substring(0, surrogate).getBytes(StandardCharsets.UTF_8).length;
            return check.unpairedSurrogate(bytes, offset);
        }
        return check.check(bytes);
    }

    /**
     * Reads a lead and checks the same bytes against this schema, in one pass where the schema allows (all of
     * leadkit's do): about the cost of {@code LeadJson.read} alone, where {@link #validate(byte[])} then
     * {@code read} reads the document twice. The report equals {@code validate(json)}'s, violations and order.
     * The lead is returned whatever the report says; the caller decides what an invalid one means.
     *
     * @param json the document
     * @return the lead and the schema's report
     * @throws LeadParseException if the document is not a lead, as {@code LeadJson.defaults().read} would throw
     *     (use {@link #validate(byte[])} for the schema's verdict on such a document)
     */
    public CheckedLead read(byte[] json) {
        return read(json, LeadJson.defaults());
    }

    /**
     * Reads a lead held as a string and checks it; see {@link #read(byte[])}. Line and column count bytes of the
     * string's UTF-8 form.
     *
     * @param json the document
     * @return the lead and the schema's report
     * @throws LeadParseException if the document is not a lead, or the string holds an unpaired surrogate
     *     ({@code NOT_UTF8}), as {@code LeadJson.defaults().read(json)} would throw
     */
    public CheckedLead read(String json) {
        return read(json, LeadJson.defaults());
    }

    /**
     * Reads a lead held as a string with the given codec and checks it; see {@link #read(String)}.
     *
     * @param json the document
     * @param codec the codec to read with
     * @return the lead and the schema's report
     * @throws LeadParseException if the document is not a lead for {@code codec}
     */
    public CheckedLead read(String json, LeadJson codec) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(codec, "codec");
        if (Utf8.firstUnpairedSurrogate(json) >= 0) {
            codec.read(json); // throws NOT_UTF8 where the surrogate is, exactly as the codec reports it
            throw new IllegalStateException("the codec read a string holding an unpaired surrogate");
        }
        return read(json.getBytes(StandardCharsets.UTF_8), codec);
    }

    /**
     * Reads a lead with the given codec (its limits apply) and checks the same bytes against this schema; see
     * {@link #read(byte[])}.
     *
     * @param json the document
     * @param codec the codec to read with
     * @return the lead and the schema's report
     * @throws LeadParseException if the document is not a lead for {@code codec}
     */
    public CheckedLead read(byte[] json, LeadJson codec) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(codec, "codec");
        if (!onePass) {
            ValidationReport report = check.check(json);
            return new CheckedLead(codec.read(json), report);
        }
        SchemaObserver observer = new SchemaObserver(model);
        Lead lead = ObservedReads.read(codec, json, observer);
        return new CheckedLead(lead, observer.report());
    }

    /** The resource name, such as {@code LeadSchema[lead-2020.schema.json]}. */
    @Override
    public String toString() {
        return "LeadSchema[" + resource + "]";
    }

    private static LeadSchema load(String resource) {
        try (InputStream in = LeadSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("leadkit schema resource missing from the class path: " + resource);
            }
            return new LeadSchema(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the leadkit schema resource " + resource + " failed", e);
        }
    }
}

package dev.leadkit.model;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.leadkit.model.internal.JsonScan;
import dev.leadkit.model.internal.MemberObserver;
import dev.leadkit.model.internal.ObservedReads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads and writes leads as JSON.
 *
 * <p>Reading accepts the documented PascalCase keys and the camelCase keys Microsoft actually sends, in any mix
 * and any ASCII case; two keys for the same property are an error, never a silent last-wins. Properties the schema
 * does not name are kept, in order, in {@code additionalProperties()}. A JSON {@code null} for a documented field
 * reads as absent; a number or boolean where a string belongs reads as its JSON text, so a real lead is never
 * dropped over it. Every failure is a {@link LeadParseException} saying where and why.
 *
 * <p>Writing produces PascalCase by default ({@link Naming#CAMEL_CASE} on the builder for the other form), omits
 * absent fields, and writes additional properties after the documented ones. {@code read(write(lead))} equals
 * {@code lead} for every lead.
 *
 * <p>Instances are immutable and thread-safe; share one. Built on jackson-core streaming; no
 * {@code ObjectMapper} is created, taken or exposed.
 */
public final class LeadJson {
    /** Default largest document, in bytes: {@value}. */
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 1024 * 1024;
    /** Default deepest nesting of objects and arrays, counting the root object as 1: {@value}. */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /**
     * Default longest string value, in UTF-16 characters: {@value}. Property names and numbers keep jackson-core's
     * own limits: 50,000 and 1,000 characters.
     */
    public static final int DEFAULT_MAX_STRING_LENGTH = 64 * 1024;

    private static final LeadJson DEFAULTS = builder().build();

    static {
        ObservedReads.open(LeadJson::read);
    }

    /** Which spelling of the documented property names to write. */
    public enum Naming {
        /** {@code UserDetails}, {@code FirstName}: the documented form. */
        PASCAL_CASE,
        /** {@code userDetails}, {@code firstName}: what Microsoft sends in practice. */
        CAMEL_CASE
    }

    private final Naming naming;
    private final boolean prettyPrint;
    private final int maxDocumentBytes;
    private final int maxDepth;
    private final int maxStringLength;
    private final LeadReader reader;
    private final JsonFactory writeFactory;

    private LeadJson(Builder b) {
        naming = b.naming;
        prettyPrint = b.prettyPrint;
        maxDocumentBytes = b.maxDocumentBytes;
        maxDepth = b.maxDepth;
        maxStringLength = b.maxStringLength;
        JsonFactory readFactory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxDocumentBytes)
                        .maxNestingDepth(maxDepth)
                        .maxStringLength(maxStringLength)
                        .maxNameLength(JsonScan.MAX_NAME_LENGTH)
                        .maxNumberLength(JsonScan.MAX_NUMBER_LENGTH)
                        .build())
                .build();
        reader = new LeadReader(readFactory, maxDepth, maxStringLength);
        writeFactory = JsonFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
    }

    /**
     * The codec with default settings: PascalCase output, compact, default limits.
     *
     * @return the shared default instance
     */
    public static LeadJson defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder with the default settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this codec's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .naming(naming)
                .prettyPrint(prettyPrint)
                .maxDocumentBytes(maxDocumentBytes)
                .maxDepth(maxDepth)
                .maxStringLength(maxStringLength);
    }

    /**
     * Reads one lead from UTF-8 bytes. A UTF-8 byte order mark is ignored, as RFC 8259 allows.
     *
     * @param json the document; not modified
     * @return the lead
     * @throws LeadParseException if the document is not a lead: where and why
     */
    public Lead read(byte[] json) {
        return read(json, null);
    }

    private Lead read(byte[] json, MemberObserver observer) {
        Objects.requireNonNull(json, "json");
        if (json.length > maxDocumentBytes) {
            throw LeadReader.tooLarge(json, maxDocumentBytes);
        }
        return reader.read(json, observer);
    }

    /**
     * Reads one lead from a string. Line and column in errors count bytes of the string's UTF-8 form.
     *
     * @param json the document
     * @return the lead
     * @throws LeadParseException if the document is not a lead, or the string holds an unpaired surrogate
     */
    public Lead read(String json) {
        Objects.requireNonNull(json, "json");
        return read(reader.encode(json));
    }

    /**
     * Reads one lead from a stream of UTF-8 bytes, reading at most {@code maxDocumentBytes + 1} bytes. Blocks until
     * the stream ends; does not close it.
     *
     * @param json the stream
     * @return the lead
     * @throws LeadParseException if the document is not a lead or is larger than the limit
     * @throws UncheckedIOException if reading the stream fails
     */
    public Lead read(InputStream json) {
        Objects.requireNonNull(json, "json");
        byte[] bytes;
        try {
            bytes = json.readNBytes(maxDocumentBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the lead failed", e);
        }
        return read(bytes);
    }

    /**
     * Writes a lead as a JSON string.
     *
     * @param lead the lead
     * @return the document
     */
    public String write(Lead lead) {
        return new String(writeBytes(lead), StandardCharsets.UTF_8);
    }

    /**
     * Writes a lead as UTF-8 JSON bytes, without a byte order mark.
     *
     * @param lead the lead
     * @return the document
     */
    public byte[] writeBytes(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        try (ByteArrayBuilder out = new ByteArrayBuilder(512)) {
            try (JsonGenerator g = writeFactory.createGenerator(out, JsonEncoding.UTF8)) {
                if (prettyPrint) {
                    g.useDefaultPrettyPrinter();
                }
                LeadWriter.write(g, lead, naming == Naming.CAMEL_CASE);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }

    /**
     * The spelling of property names this codec writes.
     *
     * @return the naming
     */
    public Naming naming() {
        return naming;
    }

    /**
     * The largest document this codec reads.
     *
     * @return the limit in bytes
     */
    public int maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /**
     * The deepest nesting this codec reads, counting the root object as 1.
     *
     * @return the limit
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * The longest string value this codec reads.
     *
     * @return the limit in UTF-16 characters
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    @Override
    public String toString() {
        return "LeadJson[naming=" + naming + ", prettyPrint=" + prettyPrint + ", maxDocumentBytes="
                + maxDocumentBytes + ", maxDepth=" + maxDepth + ", maxStringLength=" + maxStringLength + "]";
    }

    /** Configures a {@link LeadJson}. Not thread-safe; {@link #build()} freezes the settings. */
    public static final class Builder {
        private Naming naming = Naming.PASCAL_CASE;
        private boolean prettyPrint;
        private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

        private Builder() {
        }

        /**
         * Chooses the spelling of the documented property names on write. Default {@link Naming#PASCAL_CASE}.
         *
         * @param naming the spelling
         * @return this builder
         */
        public Builder naming(Naming naming) {
            this.naming = Objects.requireNonNull(naming, "naming");
            return this;
        }

        /**
         * Writes indented, multi-line JSON. Default false (compact).
         *
         * @param prettyPrint whether to indent
         * @return this builder
         */
        public Builder prettyPrint(boolean prettyPrint) {
            this.prettyPrint = prettyPrint;
            return this;
        }

        /**
         * Sets the largest document read. Default {@value LeadJson#DEFAULT_MAX_DOCUMENT_BYTES}.
         *
         * @param maxDocumentBytes the limit in bytes, at least 2 and below {@code Integer.MAX_VALUE}
         * @return this builder
         */
        public Builder maxDocumentBytes(int maxDocumentBytes) {
            if (maxDocumentBytes < 2 || maxDocumentBytes == Integer.MAX_VALUE) {
                throw new IllegalArgumentException(
                        "maxDocumentBytes must be >= 2 and < Integer.MAX_VALUE: " + maxDocumentBytes);
            }
            this.maxDocumentBytes = maxDocumentBytes;
            return this;
        }

        /**
         * Sets the deepest nesting read, counting the root object as 1. Default
         * {@value LeadJson#DEFAULT_MAX_DEPTH}.
         *
         * @param maxDepth the limit, at least 2 (a root object holding {@code UserDetails})
         * @return this builder
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 2) {
                throw new IllegalArgumentException("maxDepth must be >= 2: " + maxDepth);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Sets the longest string value read (property names keep Jackson's limit of 50,000 characters). Default {@value LeadJson#DEFAULT_MAX_STRING_LENGTH}.
         *
         * @param maxStringLength the limit in UTF-16 characters, at least 1
         * @return this builder
         */
        public Builder maxStringLength(int maxStringLength) {
            if (maxStringLength < 1) {
                throw new IllegalArgumentException("maxStringLength must be >= 1: " + maxStringLength);
            }
            this.maxStringLength = maxStringLength;
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return the immutable codec
         */
        public LeadJson build() {
            return new LeadJson(this);
        }
    }
}

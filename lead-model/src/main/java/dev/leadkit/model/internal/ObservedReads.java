package dev.leadkit.model.internal;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import java.util.Objects;

/**
 * Reads a lead with a {@link MemberObserver}: the internal door to {@code LeadJson}'s reader for sibling modules,
 * so the observer stays out of the public API. {@code LeadJson} opens the door when it is initialised.
 */
public final class ObservedReads {
    /** What {@code LeadJson} provides. */
    @FunctionalInterface
    public interface Reader {
        /**
         * Reads as {@link LeadJson#read(byte[])} does, showing the observer each member.
         *
         * @param json the codec
         * @param document the document
         * @param observer the observer
         * @return the lead
         */
        Lead read(LeadJson json, byte[] document, MemberObserver observer);
    }

    private static volatile Reader reader;

    private ObservedReads() {
    }

    /**
     * Called once, by {@code LeadJson}'s static initialiser.
     *
     * @param access the reader
     */
    public static void open(Reader access) {
        if (reader != null) {
            throw new IllegalStateException("already opened");
        }
        reader = Objects.requireNonNull(access, "access");
    }

    /**
     * Reads a lead as {@code json.read(document)} does, showing {@code observer} each member of the root and of
     * {@code UserDetails}.
     *
     * @param json the codec, whose settings and limits apply
     * @param document the document
     * @param observer the observer
     * @return the lead
     * @throws dev.leadkit.model.LeadParseException if the document is not a lead
     */
    public static Lead read(LeadJson json, byte[] document, MemberObserver observer) {
        Objects.requireNonNull(json, "json"); // an instance exists, so LeadJson's initialiser has run
        return reader.read(json, document, Objects.requireNonNull(observer, "observer"));
    }
}

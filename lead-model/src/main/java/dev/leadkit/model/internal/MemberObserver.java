package dev.leadkit.model.internal;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Sees the members of a lead's root object and of its {@code UserDetails} object while {@code LeadJson} reads
 * them, so that a schema check can ride along with decoding instead of reading the document a second time.
 */
@FunctionalInterface
public interface MemberObserver {
    /**
     * Called for each member, in document order, once the first token of its value is known; a nested object's
     * members follow the call for the object itself.
     *
     * @param parent null for a member of the root; for a member of {@code UserDetails}, the key that object was
     *     given under, exactly as sent ({@code UserDetails}, {@code userDetails}, ...)
     * @param key the member's key exactly as sent
     * @param value the first token of the member's value
     */
    void member(String parent, String key, JsonToken value);
}

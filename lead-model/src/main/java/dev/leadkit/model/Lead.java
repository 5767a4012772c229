package dev.leadkit.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.leadkit.model.internal.FieldNames;
import dev.leadkit.model.internal.LeadLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One marketplace lead, as Microsoft posts it to a publisher's endpoint.
 *
 * <p>Every documented field is an optional string; {@code null} means absent. Properties the schema does not
 * name are kept in {@link #additionalProperties()} so that nothing a lead carried is lost. Instances are deeply
 * immutable and thread-safe. {@link #toString()} masks personal data.
 *
 * <p>The Jackson annotations let an application's own Jackson 2 {@code ObjectMapper} or Jackson 3
 * {@code JsonMapper} bind a lead directly (PascalCase or camelCase in any ASCII case, unknown properties kept in
 * document order); {@link LeadJson} is the stricter codec that reports duplicates and limits.
 *
 * @param actionCode what the customer did, such as {@code INS}; see {@link #action()}
 * @param offerTitle the offer's title
 * @param leadSource where the lead came from; see {@link #origin()}
 * @param description free text; absent in the 2018 revision of the schema
 * @param userDetails the customer's contact details, null if the lead has none (no {@code UserDetails} or
 *     {@code "UserDetails": null}); {@link #userDetails()} is never null
 * @param additionalProperties properties the schema does not name, in document order, as plain Java values
 *     (String, Long, BigInteger, BigDecimal, Boolean, null, List, Map); never null
 */
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ActionCode", "OfferTitle", "LeadSource", "Description", "UserDetails"})
public record Lead(
        @JsonProperty("ActionCode")
        @Size(max = LeadLimits.TEXT, message = LeadLimits.TEXT_MESSAGE)
        String actionCode,
        @JsonProperty("OfferTitle")
        @Size(max = LeadLimits.TEXT, message = LeadLimits.TEXT_MESSAGE)
        @Size(max = LeadLimits.DYNAMICS365_OFFER_TITLE, message = LeadLimits.DYNAMICS365_MESSAGE,
                groups = LeadChecks.Dynamics365.class)
        String offerTitle,
        @JsonProperty("LeadSource")
        @Size(max = LeadLimits.TEXT, message = LeadLimits.TEXT_MESSAGE)
        String leadSource,
        @JsonProperty("Description")
        @Size(max = LeadLimits.DESCRIPTION, message = LeadLimits.TEXT_MESSAGE)
        String description,
        @JsonProperty("UserDetails")
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Lead.NoDetails.class)
        @Valid
        @LeadChecks.Reachable(groups = LeadChecks.Contactable.class)
        UserDetails userDetails,
        @JsonAnyGetter Map<String, Object> additionalProperties) {

    /** The marker Microsoft puts in the names, e-mail and lead source of the leads its portal sends as tests. */
    public static final String TEST_MARKER = "MSFT_TEST_";

    /**
     * Creates a lead.
     *
     * @throws IllegalArgumentException if an additional property is not a plain JSON value, or its name is one of
     *     the documented root properties in any case (it would be written twice)
     */
    public Lead {
        if (userDetails == UserDetails.NONE) {
            userDetails = null; // what userDetails() gave for a lead without details keeps a copy without them
        }
        additionalProperties = JsonValues.copyObject(additionalProperties, "");
        FieldNames.requireUndocumented(additionalProperties.keySet(), FieldNames.LEAD, "");
    }

    /**
     * How an application's own Jackson mapper builds this record: from the whole object, in document order, so
     * unknown properties keep their order; documented names match in any ASCII case, once.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Lead fromJson(Map<String, Object> members) {
        return MapperBinding.lead(members);
    }

    /**
     * Starts an empty lead.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this lead's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The customer's contact details, never null: for a lead without them (no {@code UserDetails}, or
     * {@code "UserDetails": null}) an empty {@code UserDetails} whose fields are all null, so
     * {@code lead.userDetails().email()} needs no null check. {@link #hasUserDetails()} tells such a lead from one
     * that carried an empty object ({@code "UserDetails": {}}); the two are not equal, and each writes back as it
     * was read.
     *
     * @return the details, or an empty {@code UserDetails} if the lead has none
     */
    @Override
    public UserDetails userDetails() {
        return userDetails == null ? UserDetails.NONE : userDetails;
    }

    /**
     * Whether the lead carries a {@code UserDetails} object, even an empty one.
     *
     * @return false if {@code UserDetails} was absent or {@code null}
     */
    public boolean hasUserDetails() {
        return userDetails != null;
    }

    /**
     * The action code as a known value.
     *
     * @return empty if the lead has no action code; {@link ActionCode#UNKNOWN} if it has one this version of
     *     leadkit does not know ({@link #actionCode()} still holds it)
     */
    public Optional<ActionCode> action() {
        return actionCode == null ? Optional.empty() : Optional.of(ActionCode.of(actionCode));
    }

    /**
     * The lead source split into its parts.
     *
     * @return empty if the lead has no lead source
     */
    public Optional<LeadOrigin> origin() {
        return leadSource == null ? Optional.empty() : Optional.of(LeadOrigin.parse(leadSource));
    }

    /**
     * Whether this is one of the test leads Microsoft sends when a publisher validates the lead destination:
     * {@value #TEST_MARKER} in the lead source, a name or the e-mail (ASCII case ignored).
     *
     * @return true for a test lead
     */
    @JsonIgnore
    public boolean isTest() {
        return hasTestMarker(leadSource)
                || userDetails != null && (hasTestMarker(userDetails.firstName())
                        || hasTestMarker(userDetails.lastName()) || hasTestMarker(userDetails.email()));
    }

    /** ASCII case only: a long s or a dotless i does not stand in for a letter of the marker. */
    private static boolean hasTestMarker(String value) {
        if (value == null) {
            return false;
        }
        int n = TEST_MARKER.length();
        for (int start = 0; start + n <= value.length(); start++) {
            int k = 0;
            while (k < n && asciiUpper(value.charAt(start + k)) == TEST_MARKER.charAt(k)) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    private static char asciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }

    /** Leaves the empty stand-in that {@link #userDetails()} gives for a lead without details out of JSON. */
    @SuppressWarnings("unused") // instantiated by Jackson through @JsonInclude
    private static final class NoDetails {
        @Override
        public boolean equals(Object value) {
            return value == null || value == UserDetails.NONE;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** The lead with its contact details masked and only the names of additional properties shown. */
    @Override
    public String toString() {
        return "Lead[actionCode=" + actionCode + ", offerTitle=" + offerTitle + ", leadSource=" + leadSource
                + ", description=" + description + ", userDetails=" + userDetails
                + ", additionalProperties=" + additionalProperties.keySet() + "]";
    }

    /** Builds a {@link Lead}. Not thread-safe; checks only structure, never business rules. */
    public static final class Builder {
        private String actionCode;
        private String offerTitle;
        private String leadSource;
        private String description;
        private UserDetails userDetails;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Lead lead) {
            actionCode = lead.actionCode;
            offerTitle = lead.offerTitle;
            leadSource = lead.leadSource;
            description = lead.description;
            userDetails = lead.userDetails; // the component, so a lead without details stays without
            additionalProperties.putAll(lead.additionalProperties);
        }

        /**
         * Sets the action code.
         *
         * @param actionCode the code, or null for none
         * @return this builder
         */
        public Builder actionCode(String actionCode) {
            this.actionCode = actionCode;
            return this;
        }

        /**
         * Sets the action code from a known value.
         *
         * @param actionCode the known code; {@link ActionCode#UNKNOWN} is refused
         * @return this builder
         * @throws IllegalArgumentException for {@link ActionCode#UNKNOWN}
         */
        public Builder actionCode(ActionCode actionCode) {
            Objects.requireNonNull(actionCode, "actionCode");
            if (actionCode == ActionCode.UNKNOWN) {
                throw new IllegalArgumentException("actionCode must be a known code or a String: UNKNOWN");
            }
            return actionCode(actionCode.code());
        }

        /**
         * Sets the offer title.
         *
         * @param offerTitle the title, or null for none
         * @return this builder
         */
        public Builder offerTitle(String offerTitle) {
            this.offerTitle = offerTitle;
            return this;
        }

        /**
         * Sets the lead source.
         *
         * @param leadSource the source, or null for none
         * @return this builder
         */
        public Builder leadSource(String leadSource) {
            this.leadSource = leadSource;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the description, or null for none
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the user details.
         *
         * @param userDetails the details, or null for none
         * @return this builder
         */
        public Builder userDetails(UserDetails userDetails) {
            this.userDetails = userDetails;
            return this;
        }

        /**
         * Sets the user details through a builder, starting from the current ones if any.
         *
         * @param details fills in the details
         * @return this builder
         */
        public Builder userDetails(Consumer<UserDetails.Builder> details) {
            UserDetails.Builder builder = userDetails == null ? UserDetails.builder() : userDetails.toBuilder();
            details.accept(builder);
            this.userDetails = builder.build();
            return this;
        }

        /**
         * Adds or replaces a property the schema does not name; it keeps its place if already present.
         *
         * @param name the property name
         * @param value a plain JSON value (String, Number, Boolean, null, List or Map), copied at build time
         * @return this builder
         */
        public Builder additionalProperty(String name, Object value) {
            additionalProperties.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Replaces all additional properties.
         *
         * @param properties the properties, in the order to keep; null clears them
         * @return this builder
         */
        public Builder additionalProperties(Map<String, ?> properties) {
            additionalProperties.clear();
            if (properties != null) {
                properties.forEach(this::additionalProperty);
            }
            return this;
        }

        /**
         * Builds the lead.
         *
         * @return the immutable lead
         * @throws IllegalArgumentException if an additional property is not a plain JSON value or names a
         *     documented property
         */
        public Lead build() {
            return new Lead(actionCode, offerTitle, leadSource, description, userDetails, additionalProperties);
        }
    }
}

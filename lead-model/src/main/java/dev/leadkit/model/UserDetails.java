package dev.leadkit.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.leadkit.model.internal.FieldNames;
import dev.leadkit.model.internal.LeadLimits;
import dev.leadkit.model.internal.Masking;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The customer's contact details in a {@link Lead}.
 *
 * <p>Every field is an optional, free-text string; {@code null} means absent. Deeply immutable and thread-safe.
 * {@link #toString()} masks names, e-mail and phone.
 *
 * @param firstName the given name
 * @param lastName the family name
 * @param email the e-mail address, as sent (not checked here; see lead-schema)
 * @param phone the phone number, free text
 * @param country the country, free text ({@code US}, {@code USA}, ...)
 * @param company the company name
 * @param title the job title
 * @param additionalProperties properties the schema does not name, in document order, as plain Java values;
 *     never null
 */
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"FirstName", "LastName", "Email", "Phone", "Country", "Company", "Title"})
public record UserDetails(
        @JsonProperty("FirstName")
        @Size(max = LeadLimits.TEXT, message = LeadLimits.TEXT_MESSAGE)
        @Size(max = LeadLimits.DYNAMICS365_FIRST_NAME, message = LeadLimits.DYNAMICS365_MESSAGE,
                groups = LeadChecks.Dynamics365.class)
        @Size(max = LeadLimits.SALESFORCE_FIRST_NAME, message = LeadLimits.SALESFORCE_MESSAGE,
                groups = LeadChecks.Salesforce.class)
        String firstName,
        @JsonProperty("LastName")
        @Size(max = LeadLimits.TEXT, message = LeadLimits.TEXT_MESSAGE)
        @Size(max = LeadLimits.DYNAMICS365_LAST_NAME, message = LeadLimits.DYNAMICS365_MESSAGE,
                groups = LeadChecks.Dynamics365.class)
        @Size(max = LeadLimits.SALESFORCE_LAST_NAME, message = LeadLimits.SALESFORCE_MESSAGE,
                groups = LeadChecks.Salesforce.class)
        String lastName,
        @JsonProperty("Email")
        @LeadChecks.EmailAddress
        @Size(max = LeadLimits.EMAIL, message = LeadLimits.TEXT_MESSAGE)
        @Size(max = LeadLimits.DYNAMICS365_EMAIL, message = LeadLimits.DYNAMICS365_MESSAGE,
                groups = LeadChecks.Dynamics365.class)
        @Size(max = LeadLimits.SALESFORCE_EMAIL, message = LeadLimits.SALESFORCE_MESSAGE,
                groups = LeadChecks.Salesforce.class)
        String email,
        @JsonProperty("Phone")
        @Size(max = LeadLimits.TEXT, message = LeadLimits.TEXT_MESSAGE)
        @Size(max = LeadLimits.DYNAMICS365_PHONE, message = LeadLimits.DYNAMICS365_MESSAGE,
                groups = LeadChecks.Dynamics365.class)
        @Size(max = LeadLimits.SALESFORCE_PHONE, message = LeadLimits.SALESFORCE_MESSAGE,
                groups = LeadChecks.Salesforce.class)
        String phone,
        @JsonProperty("Country")
        @Size(max = LeadLimits.TEXT, message = LeadLimits.TEXT_MESSAGE)
        @Size(max = LeadLimits.DYNAMICS365_COUNTRY, message = LeadLimits.DYNAMICS365_MESSAGE,
                groups = LeadChecks.Dynamics365.class)
        @Size(max = LeadLimits.SALESFORCE_COUNTRY, message = LeadLimits.SALESFORCE_MESSAGE,
                groups = LeadChecks.Salesforce.class)
        String country,
        @JsonProperty("Company")
        @Size(max = LeadLimits.TEXT, message = LeadLimits.TEXT_MESSAGE)
        @Size(max = LeadLimits.DYNAMICS365_COMPANY, message = LeadLimits.DYNAMICS365_MESSAGE,
                groups = LeadChecks.Dynamics365.class)
        @Size(max = LeadLimits.SALESFORCE_COMPANY, message = LeadLimits.SALESFORCE_MESSAGE,
                groups = LeadChecks.Salesforce.class)
        String company,
        @JsonProperty("Title")
        @Size(max = LeadLimits.TEXT, message = LeadLimits.TEXT_MESSAGE)
        @Size(max = LeadLimits.DYNAMICS365_TITLE, message = LeadLimits.DYNAMICS365_MESSAGE,
                groups = LeadChecks.Dynamics365.class)
        @Size(max = LeadLimits.SALESFORCE_TITLE, message = LeadLimits.SALESFORCE_MESSAGE,
                groups = LeadChecks.Salesforce.class)
        String title,
        @JsonAnyGetter Map<String, Object> additionalProperties) {

    /**
     * Creates user details.
     *
     * @throws IllegalArgumentException if an additional property is not a plain JSON value, or its name is one of
     *     the documented {@code UserDetails} properties in any case
     */
    /** What {@link Lead#userDetails()} gives for a lead without details: every field null, nothing else. */
    static final UserDetails NONE = new UserDetails(null, null, null, null, null, null, null, null);

    public UserDetails {
        additionalProperties = JsonValues.copyObject(additionalProperties, "/UserDetails");
        FieldNames.requireUndocumented(additionalProperties.keySet(), FieldNames.USER_DETAILS, "/UserDetails");
    }

    /**
     * How an application's own Jackson mapper builds this record: from the whole object, in document order, so
     * unknown properties keep their order; documented names match in any ASCII case, once.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static UserDetails fromJson(Map<String, Object> members) {
        return MapperBinding.userDetails(members);
    }

    /**
     * Starts empty user details.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding these details.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The details with names, e-mail and phone masked, and only the names of additional properties shown. */
    @Override
    public String toString() {
        return "UserDetails[firstName=" + Masking.name(firstName) + ", lastName=" + Masking.name(lastName)
                + ", email=" + Masking.email(email) + ", phone=" + Masking.phone(phone) + ", country=" + country
                + ", company=" + company + ", title=" + title
                + ", additionalProperties=" + additionalProperties.keySet() + "]";
    }

    /** Builds {@link UserDetails}. Not thread-safe; checks only structure, never business rules. */
    public static final class Builder {
        private String firstName;
        private String lastName;
        private String email;
        private String phone;
        private String country;
        private String company;
        private String title;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(UserDetails details) {
            firstName = details.firstName;
            lastName = details.lastName;
            email = details.email;
            phone = details.phone;
            country = details.country;
            company = details.company;
            title = details.title;
            additionalProperties.putAll(details.additionalProperties);
        }

        /**
         * Sets the given name.
         *
         * @param firstName the name, or null for none
         * @return this builder
         */
        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        /**
         * Sets the family name.
         *
         * @param lastName the name, or null for none
         * @return this builder
         */
        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        /**
         * Sets the e-mail address.
         *
         * @param email the address, or null for none
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets the phone number.
         *
         * @param phone the number, or null for none
         * @return this builder
         */
        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        /**
         * Sets the country.
         *
         * @param country the country, or null for none
         * @return this builder
         */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /**
         * Sets the company.
         *
         * @param company the company, or null for none
         * @return this builder
         */
        public Builder company(String company) {
            this.company = company;
            return this;
        }

        /**
         * Sets the job title.
         *
         * @param title the title, or null for none
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
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
         * Builds the details.
         *
         * @return the immutable details
         * @throws IllegalArgumentException if an additional property is not a plain JSON value or names a
         *     documented property
         */
        public UserDetails build() {
            return new UserDetails(firstName, lastName, email, phone, country, company, title,
                    additionalProperties);
        }
    }
}

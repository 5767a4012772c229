package dev.leadkit.model.internal;

/**
 * The size limits behind the constraints on {@code Lead} and {@code UserDetails}, in UTF-16 characters
 * ({@code String.length()}, as {@code @Size} counts). The annotations and leadkit's plain-code checks both read
 * these constants, so the two engines cannot drift apart.
 */
public final class LeadLimits {
    /**
     * Default limit for every documented field but the description: longer than any CRM field a lead is mapped to
     * (the largest is Salesforce's Company, 255), so only garbage or abuse exceeds it. A leadkit choice.
     */
    public static final int TEXT = 1024;
    /** Default limit for the description: Salesforce's Lead.Description (32,000), the largest target. */
    public static final int DESCRIPTION = 32_000;
    /**
     * Default limit for the e-mail address: 254, the longest address usable in SMTP (RFC 5321 section 4.5.3.1.3
     * limits a path to 256 octets including the angle brackets; RFC 3696 erratum 1690).
     */
    public static final int EMAIL = 254;

    // Dynamics 365 lead table, MaxLength of each column, from the lead entity reference:
    // https://learn.microsoft.com/dynamics365/customerengagement/on-premises/developer/entities/lead
    // (source: github.com/MicrosoftDocs/dynamics-365-customer-engagement, ce/developer/entities/lead.md), and
    // https://learn.microsoft.com/dynamics365/sales/developer/entities/lead for the current online table.
    /** Dynamics 365 lead {@code firstname}: 50. */
    public static final int DYNAMICS365_FIRST_NAME = 50;
    /** Dynamics 365 lead {@code lastname}: 50. */
    public static final int DYNAMICS365_LAST_NAME = 50;
    /** Dynamics 365 lead {@code emailaddress1}: 100. */
    public static final int DYNAMICS365_EMAIL = 100;
    /** Dynamics 365 lead {@code telephone1} (Business Phone): 50. */
    public static final int DYNAMICS365_PHONE = 50;
    /** Dynamics 365 lead {@code address1_country}: 80. */
    public static final int DYNAMICS365_COUNTRY = 80;
    /** Dynamics 365 lead {@code companyname}: 100. */
    public static final int DYNAMICS365_COMPANY = 100;
    /** Dynamics 365 lead {@code jobtitle}: 100. */
    public static final int DYNAMICS365_TITLE = 100;
    /**
     * Dynamics 365 lead {@code subject} (Topic): 300. leadkit maps the offer title there, as the Microsoft guide's
     * Dynamics 365 example does (it maps OfferTitle into the lead form).
     */
    public static final int DYNAMICS365_OFFER_TITLE = 300;

    // Salesforce Lead object, Length of each field, from the Salesforce Fields Reference:
    // https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Lead.htm
    // Confirmed there: FirstName 40, LastName 80, Email 80, Company 255, Country 80 (and Fax, MobilePhone 40).
    // Not confirmed (the rows were not in the parts of the page leadkit could read): Phone 40, Title 128; these two
    // come from leadkit's domain notes and follow the other phone fields' 40.
    /** Salesforce Lead {@code FirstName}: 40. */
    public static final int SALESFORCE_FIRST_NAME = 40;
    /** Salesforce Lead {@code LastName}: 80. */
    public static final int SALESFORCE_LAST_NAME = 80;
    /** Salesforce Lead {@code Email}: 80. */
    public static final int SALESFORCE_EMAIL = 80;
    /** Salesforce Lead {@code Phone}: 40 (unconfirmed, see above). */
    public static final int SALESFORCE_PHONE = 40;
    /** Salesforce Lead {@code Country}: 80. */
    public static final int SALESFORCE_COUNTRY = 80;
    /** Salesforce Lead {@code Company}: 255. */
    public static final int SALESFORCE_COMPANY = 255;
    /** Salesforce Lead {@code Title}: 128 (unconfirmed, see above). */
    public static final int SALESFORCE_TITLE = 128;

    /** Message of the default size limits; {@code {max}} is the limit. */
    public static final String TEXT_MESSAGE = "must be at most {max} characters long";
    /** Message of the Dynamics 365 limits. */
    public static final String DYNAMICS365_MESSAGE = "must be at most {max} characters long to fit Dynamics 365";
    /** Message of the Salesforce limits. */
    public static final String SALESFORCE_MESSAGE = "must be at most {max} characters long to fit Salesforce";

    private LeadLimits() {
    }

    /**
     * Renders a size message the way Bean Validation's parameter interpolation does.
     *
     * @param template one of the message constants
     * @param max the limit
     * @return the message with {@code {max}} replaced
     */
    public static String message(String template, int max) {
        return template.replace("{max}", Integer.toString(max));
    }
}

package dev.leadkit.schema;

import dev.leadkit.model.Lead;
import dev.leadkit.model.UserDetails;
import dev.leadkit.model.internal.LeadLimits;
import dev.leadkit.model.internal.LeadRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in rules as plain code: the same limits ({@link LeadLimits}) and functions ({@link LeadRules}) that the
 * annotations on {@link Lead} and {@link UserDetails} use, so no Bean Validation provider has to start.
 */
final class PlainRules {
    static final String SIZE = "size";
    static final String EMAIL = "email";
    static final String CONTACTABLE = "contactable";

    /** One documented field and its limit per profile; 0 means the profile does not map the field. */
    private static final class Field {
        final String pointer;
        final Function<Lead, String> value;
        final int max;
        final int dynamics365;
        final int salesforce;

        Field(String pointer, Function<Lead, String> value, int max, int dynamics365, int salesforce) {
            this.pointer = pointer;
            this.value = value;
            this.max = max;
            this.dynamics365 = dynamics365;
            this.salesforce = salesforce;
        }
    }

    private static final List<Field> FIELDS = List.of(
            new Field("/ActionCode", Lead::actionCode, LeadLimits.TEXT, 0, 0),
            new Field("/OfferTitle", Lead::offerTitle, LeadLimits.TEXT, LeadLimits.DYNAMICS365_OFFER_TITLE, 0),
            new Field("/LeadSource", Lead::leadSource, LeadLimits.TEXT, 0, 0),
            new Field("/Description", Lead::description, LeadLimits.DESCRIPTION, 0, 0),
            new Field("/UserDetails/FirstName", details(UserDetails::firstName), LeadLimits.TEXT,
                    LeadLimits.DYNAMICS365_FIRST_NAME, LeadLimits.SALESFORCE_FIRST_NAME),
            new Field("/UserDetails/LastName", details(UserDetails::lastName), LeadLimits.TEXT,
                    LeadLimits.DYNAMICS365_LAST_NAME, LeadLimits.SALESFORCE_LAST_NAME),
            new Field("/UserDetails/Email", details(UserDetails::email), LeadLimits.EMAIL,
                    LeadLimits.DYNAMICS365_EMAIL, LeadLimits.SALESFORCE_EMAIL),
            new Field("/UserDetails/Phone", details(UserDetails::phone), LeadLimits.TEXT,
                    LeadLimits.DYNAMICS365_PHONE, LeadLimits.SALESFORCE_PHONE),
            new Field("/UserDetails/Country", details(UserDetails::country), LeadLimits.TEXT,
                    LeadLimits.DYNAMICS365_COUNTRY, LeadLimits.SALESFORCE_COUNTRY),
            new Field("/UserDetails/Company", details(UserDetails::company), LeadLimits.TEXT,
                    LeadLimits.DYNAMICS365_COMPANY, LeadLimits.SALESFORCE_COMPANY),
            new Field("/UserDetails/Title", details(UserDetails::title), LeadLimits.TEXT,
                    LeadLimits.DYNAMICS365_TITLE, LeadLimits.SALESFORCE_TITLE));

    private PlainRules() {
    }

    static List<Violation> check(Lead lead, Set<LeadProfile> profiles) {
        List<Violation> out = new ArrayList<>(2);
        boolean dynamics365 = profiles.contains(LeadProfile.DYNAMICS_365);
        boolean salesforce = profiles.contains(LeadProfile.SALESFORCE);
        for (Field f : FIELDS) {
            String value = f.value.apply(lead);
            if (value == null) {
                continue;
            }
            size(out, f.pointer, value, f.max, LeadLimits.TEXT_MESSAGE);
            if (dynamics365 && f.dynamics365 > 0) {
                size(out, f.pointer, value, f.dynamics365, LeadLimits.DYNAMICS365_MESSAGE);
            }
            if (salesforce && f.salesforce > 0) {
                size(out, f.pointer, value, f.salesforce, LeadLimits.SALESFORCE_MESSAGE);
            }
        }
        UserDetails details = lead.userDetails();
        if (details != null && details.email() != null && !LeadRules.isEmailSyntax(details.email())) {
            out.add(new Violation("/UserDetails/Email", EMAIL, LeadRules.EMAIL_MESSAGE));
        }
        if (profiles.contains(LeadProfile.CONTACTABLE) && !LeadRules.isReachable(details)) {
            out.add(new Violation("/UserDetails", CONTACTABLE, LeadRules.REACHABLE_MESSAGE));
        }
        return out;
    }

    private static void size(List<Violation> out, String pointer, String value, int max, String template) {
        if (value.length() > max) {
            out.add(new Violation(pointer, SIZE, LeadLimits.message(template, max)));
        }
    }

    private static Function<Lead, String> details(Function<UserDetails, String> field) {
        return lead -> field.apply(lead.userDetails());
    }
}

package dev.leadkit.testing;

import static dev.leadkit.model.LeadParseException.Problem.DUPLICATE_PROPERTY;
import static dev.leadkit.model.LeadParseException.Problem.WRONG_TYPE;
import static dev.leadkit.testing.Corpus.VALID;
import static dev.leadkit.testing.Corpus.type;

/**
 * Well-formed JSON of the wrong shape: roots that are not objects, wrong types, nulls, duplicate and conflicting keys.
 * {@code LeadJson} refuses containers where strings belong, but reads a scalar there as its text and a null as
 * absent; the documented schema is strict about types and case-sensitive about names; both schemas count a repeated
 * key once, by its last occurrence.
 */
final class HostileShapes {
    private static final String FIELDS = "/ActionCode,/OfferTitle,/LeadSource,/Description";
    private static final String EMAIL = "/UserDetails/Email";

    private HostileShapes() {
    }

    static void addTo(Corpus c) {
        roots(c);
        wrongTypes(c);
        scalarsAsText(c);
        nulls(c);
        duplicates(c);
    }

    private static void root(Corpus c, String name, String description, String json) {
        c.json(name, description, json).fails(WRONG_TYPE, "").schemas(type(""));
    }

    private static void roots(Corpus c) {
        root(c, "root-empty-array", "An empty array.", "[]");
        root(c, "root-array-of-leads", "A batch of leads: one lead per request is the contract.",
                "[{\"OfferTitle\":\"a\"},{\"OfferTitle\":\"b\"}]");
        root(c, "root-double-encoded-lead", "The lead serialised twice: a JSON string holding JSON.",
                "\"{\\\"OfferTitle\\\":\\\"x\\\"}\"");
        root(c, "root-empty-string", "An empty JSON string.", "\"\"");
        root(c, "root-number", "A bare number.", "42");
        root(c, "root-negative-exponent", "A bare number with a sign, fraction and exponent.", "-1.5e3");
        root(c, "root-true", "A bare true.", "true");
        root(c, "root-null", "A bare null.", "null");
    }

    /** A container where a string belongs: refused by LeadJson, a type violation wherever a schema declares it. */
    private static void wrong(Corpus c, String name, String description, String json, String pointer,
            boolean latestDeclares, boolean tolerantDeclares) {
        c.json(name, description, json).fails(WRONG_TYPE, pointer)
                .schemas(latestDeclares ? type(pointer) : VALID, tolerantDeclares ? type(pointer) : VALID);
    }

    private static void wrongTypes(Corpus c) {
        wrong(c, "email-as-array", "A list of e-mail addresses.",
                "{\"UserDetails\":{\"Email\":[\"someone@contoso.com\"]}}", EMAIL, true, true);
        wrong(c, "email-as-object", "An e-mail wrapped in an object.",
                "{\"UserDetails\":{\"Email\":{\"address\":\"someone@contoso.com\"}}}", EMAIL, true, true);
        wrong(c, "offer-title-as-object", "A localised offer title object.",
                "{\"OfferTitle\":{\"en-US\":\"Contoso Analytics\"}}", "/OfferTitle", true, true);
        wrong(c, "action-code-as-array", "Two action codes in a list.", "{\"ActionCode\":[\"INS\",\"PLT\"]}",
                "/ActionCode", true, true);
        wrong(c, "description-as-array", "A description as a list of lines.",
                "{\"Description\":[\"Campaigns:\",\"spring\"]}", "/Description", true, true);
        wrong(c, "user-details-as-string", "Contact details flattened into a string.",
                "{\"UserDetails\":\"Some One <someone@contoso.com>\"}", "/UserDetails", true, true);
        wrong(c, "user-details-as-array", "Contact details in a list.",
                "{\"UserDetails\":[{\"Email\":\"someone@contoso.com\"}]}", "/UserDetails", true, true);
        wrong(c, "user-details-as-number", "A number for the contact details.", "{\"UserDetails\":0}",
                "/UserDetails", true, true);
        wrong(c, "camel-email-as-array", "camelCase: the documented schema does not know the key, tolerant does.",
                "{\"userDetails\":{\"email\":[\"someone@contoso.com\"]}}", "/userDetails/email", false, true);
        wrong(c, "camel-user-details-as-string", "camelCase details flattened into a string.",
                "{\"userDetails\":\"Some One\"}", "/userDetails", false, true);
        wrong(c, "upper-case-email-as-object", "Upper-case keys: LeadJson matches them, neither schema declares them.",
                "{\"USERDETAILS\":{\"EMAIL\":{}}}", "/USERDETAILS/EMAIL", false, false);
    }

    /** A scalar where a string belongs: LeadJson keeps its JSON text; a schema that declares it reports type. */
    private static void asText(Corpus c, String name, String description, String json, String pointer,
            boolean camelCase) {
        c.json(name, description, json).readable().schemas(camelCase ? VALID : type(pointer), type(pointer));
    }

    private static void scalarsAsText(Corpus c) {
        asText(c, "phone-as-number", "A phone number as a JSON number: read as \"16175555555\".",
                "{\"UserDetails\":{\"Phone\":16175555555}}", "/UserDetails/Phone", false);
        asText(c, "phone-as-big-number", "A 30-digit phone number as a JSON number: read as its digits.",
                "{\"UserDetails\":{\"Phone\":123456789012345678901234567890}}", "/UserDetails/Phone", false);
        asText(c, "phone-as-exponent", "A phone number in exponent form: read as \"1.6175555555E10\".",
                "{\"UserDetails\":{\"Phone\":1.6175555555E10}}", "/UserDetails/Phone", false);
        asText(c, "action-code-as-number", "A numeric action code: read as \"1\".", "{\"ActionCode\":1}",
                "/ActionCode", false);
        asText(c, "offer-title-as-boolean", "A boolean offer title: read as \"true\".", "{\"OfferTitle\":true}",
                "/OfferTitle", false);
        asText(c, "lead-source-as-false", "A boolean lead source: read as \"false\".", "{\"LeadSource\":false}",
                "/LeadSource", false);
        asText(c, "country-as-decimal", "A decimal country: read as \"1.5\".", "{\"UserDetails\":{\"Country\":1.5}}",
                "/UserDetails/Country", false);
        asText(c, "camel-phone-as-number", "camelCase phone as a number: the documented schema does not look.",
                "{\"userDetails\":{\"phone\":16175555555}}", "/userDetails/phone", true);
    }

    private static void nulls(Corpus c) {
        c.json("email-null", "A null e-mail: absent for LeadJson, a type violation in the documented schema.",
                "{\"UserDetails\":{\"Email\":null}}").readable().schemas(type(EMAIL), VALID);
        c.json("user-details-null", "Null contact details: absent for LeadJson.", "{\"UserDetails\":null}")
                .readable().schemas(type("/UserDetails"), VALID);
        c.json("every-root-field-null", "Every documented root field null.",
                "{\"ActionCode\":null,\"OfferTitle\":null,\"LeadSource\":null,\"Description\":null,"
                        + "\"UserDetails\":null}")
                .readable().schemas(type((FIELDS + ",/UserDetails").split(",")), VALID);
        c.json("every-user-details-field-null", "Every documented contact field null, in the documented order.",
                "{\"UserDetails\":{\"FirstName\":null,\"LastName\":null,\"Email\":null,\"Phone\":null,"
                        + "\"Country\":null,\"Company\":null,\"Title\":null}}")
                .readable().schemas(type("/UserDetails/FirstName", "/UserDetails/LastName", EMAIL,
                        "/UserDetails/Phone", "/UserDetails/Country", "/UserDetails/Company", "/UserDetails/Title"),
                        VALID);
        c.json("camel-case-nulls", "camelCase nulls: unknown to the documented schema, allowed by the tolerant one.",
                "{\"userDetails\":{\"email\":null},\"offerTitle\":null}").readable().schemas(VALID);
        c.json("null-additional-property", "A null in a property the schema does not name: kept as null.",
                "{\"campaignId\":null}").readable().schemas(VALID);
    }

    private static void duplicate(Corpus c, String name, String description, String json, String pointer) {
        c.json(name, description, json).fails(DUPLICATE_PROPERTY, pointer).schemas(VALID);
    }

    private static void duplicates(Corpus c) {
        duplicate(c, "duplicate-offer-title", "The same key twice.",
                "{\"OfferTitle\":\"a\",\"OfferTitle\":\"b\"}", "/OfferTitle");
        duplicate(c, "duplicate-email-and-camel-email", "Email and email: two values for one field.",
                "{\"UserDetails\":{\"Email\":\"a@contoso.com\",\"email\":\"b@fabrikam.example\"}}",
                "/UserDetails/email");
        duplicate(c, "duplicate-email-and-upper-case-email", "Email and EMAIL.",
                "{\"UserDetails\":{\"Email\":\"a@contoso.com\",\"EMAIL\":\"b@fabrikam.example\"}}",
                "/UserDetails/EMAIL");
        duplicate(c, "duplicate-user-details-in-two-casings", "UserDetails and userDetails.",
                "{\"UserDetails\":{\"Email\":\"a@contoso.com\"},\"userDetails\":{\"email\":\"b@fabrikam.example\"}}",
                "/userDetails");
        duplicate(c, "duplicate-action-code-lower-case", "ActionCode and actioncode.",
                "{\"ActionCode\":\"INS\",\"actioncode\":\"DNC\"}", "/actioncode");
        duplicate(c, "duplicate-key-spelled-with-escape", "Email and \\u0045mail: the same key once decoded.",
                "{\"UserDetails\":{\"Email\":\"a@contoso.com\",\"\\u0045mail\":\"b@fabrikam.example\"}}", EMAIL);
        duplicate(c, "duplicate-additional-property", "A property the schema does not name, twice.",
                "{\"campaignId\":1,\"campaignId\":2}", "/campaignId");
        duplicate(c, "duplicate-key-in-nested-object", "A repeated key deep inside an additional property.",
                "{\"meta\":{\"a\":1,\"a\":2}}", "/meta/a");
        duplicate(c, "duplicate-additional-property-in-user-details", "A repeated unnamed key in the details.",
                "{\"UserDetails\":{\"middleName\":\"A\",\"middleName\":\"B\"}}", "/UserDetails/middleName");
        duplicate(c, "duplicate-email-number-then-string", "The last Email is a string: both schemas pass it.",
                "{\"UserDetails\":{\"Email\":5,\"Email\":\"a@contoso.com\"}}", EMAIL);
        duplicate(c, "duplicate-user-details-null-then-object", "The last UserDetails is an object.",
                "{\"UserDetails\":null,\"UserDetails\":{\"Email\":\"a@contoso.com\"}}", "/UserDetails");
        c.json("duplicate-email-string-then-number", "The last Email is a number: the schemas judge that one.",
                "{\"UserDetails\":{\"Email\":\"a@contoso.com\",\"Email\":5}}")
                .fails(DUPLICATE_PROPERTY, EMAIL).schemas(type(EMAIL));
        c.json("duplicate-user-details-object-then-null", "The last UserDetails is null.",
                "{\"UserDetails\":{\"Email\":\"a@contoso.com\"},\"UserDetails\":null}")
                .fails(DUPLICATE_PROPERTY, "/UserDetails").schemas(type("/UserDetails"), VALID);
    }
}

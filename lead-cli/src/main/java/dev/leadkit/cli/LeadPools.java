package dev.leadkit.cli;

import java.util.List;

/**
 * The values random leads are drawn from: shaped like real marketplace traffic (domain notes: camelCase senders,
 * composite lead sources, free-text phone and country, "Campaigns: " descriptions) and spread over many scripts. Every
 * list is ordered, so a seed picks the same values on every JVM.
 */
final class LeadPools {
    /** First and last name pairs: Latin with diacritics, Greek, Cyrillic, RTL scripts, CJK (one supplementary), ... */
    static final List<List<String>> NAMES = List.of(
            List.of("Some", "One"),
            List.of("Zoë", "Ångström"),
            List.of("José", "Muñoz"),
            List.of("Łukasz", "Wiśniewski"),
            List.of("Søren", "Ødegård-Kierkegaard"),
            List.of("Αλέξανδρος", "Παπαδόπουλος"),
            List.of("Дмитрий", "Иванов"),
            List.of("محمد", "العلي"),
            List.of("נועה", "כהן"),
            List.of("美咲", "佐藤"),
            List.of("𠮷男", "𠮷田"),
            List.of("प्रिया", "शर्मा"),
            List.of("Minh", "Nguyễn"),
            List.of("สมชาย", "ใจดี"),
            List.of("민준", "김"),
            List.of("Siobhán", "O'Connor"),
            List.of("Björk", "Guðmundsdóttir"),
            List.of("Chloe\u0301", "Lefe\u0300vre"), // decomposed: e + combining accents
            List.of("Jean-Luc", "de la Fontaine"),
            List.of("Ngozi", "Okonkwo-Adeyemi"),
            List.of("Alex 🚀", "Doe"),
            List.of("Mary Ann", "Smith Jr."));

    static final List<String> EMAIL_LOCAL_PARTS = List.of("someone", "a.kowalski", "j.smith+marketplace", "info",
            "it-admin", "zoe.angstrom", "o'brien", "user_42", "firstname.lastname", "SALES", "josé.muñoz", "x");

    static final List<String> EMAIL_DOMAINS = List.of("contoso.com", "fabrikam.example", "northwind.example",
            "adatum.example", "example.org", "mail.tailspin.example", "münchen.example", "xn--mnchen-3ya.example",
            "CONTOSO.COM", "wingtip.co.uk");

    static final List<String> PHONES = List.of("16175555555", "+1 (425) 555-0100", "+44 20 7946 0958",
            "+33 1 70 00 00 00", "0049 30 1234567", "(555) 010-9999 ext. 42", "+81 3-1234-5678", "1234567890",
            "n/a", "", " ");

    static final List<String> COUNTRIES = List.of("US", "USA", "United States", "FR", "France", "DE",
            "Deutschland", "JP", "日本", "BR", "IN", "España", "Côte d'Ivoire", "السعودية", "", "  ");

    static final List<String> COMPANIES = List.of("Contoso", "Fabrikam, Inc.", "Northwind Traders", "Adatum GmbH",
            "Tailspin Toys Ltda.", "株式会社コントソ", "ООО «Ромашка»", "شركة كونتوسو", "Wingtip & Sons <Ltd>",
            "Litware \"Labs\"", "");

    static final List<String> TITLES = List.of("CTO", "IT Director", "Directrice technique", "Software Engineer",
            "Head of Data & AI", "Geschäftsführer", "المدير التقني", "Esquire", "");

    static final List<String> OFFER_TITLES = List.of("Contoso Analytics", "Fabrikam Insights (Preview)",
            "Northwind SQL Backup — Enterprise", "Tailspin IoT Hub Connector", "Adatum Zero Trust Gateway",
            "Test Microsoft", "Litware ✨ AI Copilot");

    /** The {@code publisher.offer} part of composite lead sources: dots, dashes, underscores and GUIDs. */
    static final List<String> OFFER_IDS = List.of("contoso.contoso-analytics", "fabrikam.insights-preview",
            "northwind.sqlbackup_ent", "tailspin1589385812345.iot-connector",
            "adatum.zt-gateway-3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    static final List<String> PLAIN_SOURCES = List.of("AzureMarketplace", "AzurePortal", "TestDrive", "SPZA",
            "AppSource (SPZA)");

    static final List<String> COMPOSITE_SOURCES = List.of("AzureMarketplace", "AppSource", "AzurePortal",
            "TestDrive");

    /** Known codes, with INS the most frequent, and codes leadkit does not know (kept as sent). */
    static final List<String> ACTION_CODES = List.of("INS", "INS", "INS", "PLT", "PLT", "DNC", "Create",
            "StartTestDrive", "Subscribe", "ins");

    static final List<String> DESCRIPTIONS = List.of("Campaigns: ", " ", "", "Test run through Power Automate",
            "utm_source=linkedin&utm_medium=cpc&utm_campaign=fy27-launch", "Campaigns: spring-launch, webinar-0412",
            "Line one\r\nLine two\r\n", "Tabs\tand \"quotes\" and a backslash \\ and </script>");

    /** Words that long values are built from; mixed scripts so length in chars and in bytes differ. */
    static final List<String> WORDS = List.of("lead", "Zoë", "données", "клиент", "عميل", "לקוח", "顧客", "𠮷",
            "🚀", "marketplace", "-", "&", "Ωmega");

    /** Root properties the schema does not name. */
    static final List<String> ROOT_EXTRA_NAMES = List.of("utmSource", "campaignId", "leadId", "customerTenantId",
            "subscriptionId", "receivedAt", "x-ms-client-request-id", "marketingConsent", "tags", "score",
            "notes/v2", "~meta", "données", "");

    /** {@code UserDetails} properties the schema does not name. */
    static final List<String> DETAILS_EXTRA_NAMES = List.of("middleName", "linkedInProfile", "preferredLanguage",
            "timeZone", "consent", "address", "mobilePhone", "département", "jobRole");

    /** Short strings for additional properties. */
    static final List<String> EXTRA_STRINGS = List.of("linkedin", "2026-11-21T10:00:00Z", "fr-FR", "✓", "", " ",
            "a\u0000b", "مرحبا", "null", "{\"not\":\"parsed\"}");

    private LeadPools() {
    }
}

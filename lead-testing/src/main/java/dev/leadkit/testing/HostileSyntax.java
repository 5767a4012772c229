package dev.leadkit.testing;

import static dev.leadkit.model.LeadParseException.Problem.MALFORMED;
import static dev.leadkit.model.LeadParseException.Problem.NOT_UTF8;
import static dev.leadkit.testing.Corpus.syntax;

/**
 * Payloads that are not JSON: truncated, badly punctuated, non-standard literals, raw control characters, other
 * formats. {@code LeadJson} refuses each as {@code MALFORMED}; both schemas report one {@code syntax} violation at the
 * same place.
 */
final class HostileSyntax {
    private HostileSyntax() {
    }

    static void addTo(Corpus c) {
        truncated(c);
        strayKeys(c);
        punctuation(c);
        literals(c);
        controlCharacters(c);
        otherFormats(c);
    }

    private static void malformed(Corpus c, String name, String description, String json, String pointer) {
        c.json(name, description, json).fails(MALFORMED, pointer).schemas(syntax(pointer));
    }

    /** Issue 10.2: text in the place of a key, without its colon, never becomes a pointer segment. */
    private static void strayKeys(Corpus c) {
        malformed(c, "pii-in-place-of-a-key", "A string with a name and an e-mail address where a key belongs.",
                "{\"UserDetails\":{\"Email\":\"x@y.z\",\"Zebulon Quixotic, pii.victim@secret.example\"}}",
                "/UserDetails");
        malformed(c, "pii-key-then-comma", "A string where a key belongs, then a comma.",
                "{\"a\":1,\"pii.victim@secret.example\",\"b\":2}", "");
        malformed(c, "pii-key-at-end", "A string where a key belongs, then the end.",
                "{\"a\":[{\"+1 425 555 0199\"", "/a/0");
    }

    private static void truncated(Corpus c) {
        malformed(c, "empty-body", "An empty request body.", "", "");
        malformed(c, "whitespace-only-body", "A body of spaces, tabs and line breaks.", " \r\n\t ", "");
        malformed(c, "only-open-brace", "The first byte of a lead and nothing more.", "{", "");
        malformed(c, "truncated-after-key", "Cut after a property name.", "{\"OfferTitle\"", "");
        malformed(c, "truncated-after-colon", "Cut after a colon.", "{\"OfferTitle\":", "/OfferTitle");
        malformed(c, "truncated-inside-string", "Cut inside a string value.", "{\"OfferTitle\":\"Test Micr",
                "/OfferTitle");
        malformed(c, "truncated-inside-user-details", "Cut after the last e-mail, before the closing braces.",
                "{\"UserDetails\":{\"Email\":\"someone@contoso.com\"", "/UserDetails");
        malformed(c, "truncated-inside-escape", "Cut inside a \\u escape.", "{\"OfferTitle\":\"a\\u00",
                "/OfferTitle");
        malformed(c, "truncated-array", "An array never closed.", "{\"tags\":[1,2", "/tags");
        malformed(c, "backslash-before-closing-quote", "The closing quote is escaped, so the string never ends.",
                "{\"OfferTitle\":\"abc\\\"}", "/OfferTitle");
    }

    private static void punctuation(Corpus c) {
        malformed(c, "only-close-brace", "A closing brace alone.", "}", "");
        malformed(c, "trailing-comma-in-object", "A comma after the last member.", "{\"OfferTitle\":\"x\",}", "");
        malformed(c, "trailing-comma-in-array", "A comma after the last element.", "{\"tags\":[\"a\",]}",
                "/tags/1");
        malformed(c, "double-comma", "Two commas between members.", "{\"campaignId\":1,,\"score\":2}", "");
        malformed(c, "missing-comma", "Two members without a comma.",
                "{\"OfferTitle\":\"x\" \"LeadSource\":\"y\"}", "");
        malformed(c, "missing-colon", "A member without a colon.", "{\"OfferTitle\" \"x\"}", "");
        malformed(c, "missing-value", "A member without a value.", "{\"OfferTitle\":}", "/OfferTitle");
        malformed(c, "colon-instead-of-comma", "A colon where a comma belongs.", "{\"OfferTitle\":\"x\":\"y\"}", "");
        malformed(c, "array-hole", "An empty slot in an array.", "{\"tags\":[1,,2]}", "/tags/1");
        malformed(c, "array-closed-by-brace", "An array closed with a brace.", "{\"tags\":[\"a\"}", "/tags");
        malformed(c, "object-closed-by-bracket", "The lead closed with a bracket.", "{\"OfferTitle\":\"x\"]", "");
        malformed(c, "extra-close-brace", "One closing brace too many.", "{\"OfferTitle\":\"x\"}}", "");
        malformed(c, "unquoted-key", "A JavaScript-style key.", "{OfferTitle:\"x\"}", "");
        malformed(c, "numeric-key", "A number as a key.", "{1:\"x\"}", "");
        malformed(c, "single-quoted-strings", "JavaScript-style single quotes.", "{'OfferTitle':'x'}", "");
        malformed(c, "unescaped-quote-in-string", "A quote inside a string left unescaped.",
                "{\"OfferTitle\":\"say \"hi\"\"}", "");
        malformed(c, "trailing-bare-word", "Text after the lead.", "{\"OfferTitle\":\"x\"} trailing", "");
        malformed(c, "two-leads-in-one-body", "Two objects back to back.", "{}{}", "");
        malformed(c, "newline-delimited-leads", "Two leads as NDJSON: one lead per request is the contract.",
                "{\"OfferTitle\":\"a\"}\n{\"OfferTitle\":\"b\"}\n", "");
        malformed(c, "utf8-bom-twice", "Two byte order marks: the second is a stray character.",
                "\uFEFF\uFEFF{\"OfferTitle\":\"x\"}", "");
    }

    private static void literals(Corpus c) {
        malformed(c, "nan", "NaN is not JSON.", "{\"score\":NaN}", "/score");
        malformed(c, "infinity", "Infinity is not JSON.", "{\"score\":Infinity}", "/score");
        malformed(c, "negative-infinity", "-Infinity is not JSON.", "{\"score\":-Infinity}", "/score");
        malformed(c, "leading-zero", "A number with a leading zero.", "{\"score\":01}", "/score");
        malformed(c, "plus-sign", "A number with a plus sign.", "{\"score\":+1}", "/score");
        malformed(c, "hex-number", "A hexadecimal number.", "{\"score\":0x1F}", "/score");
        malformed(c, "leading-dot", "A number starting with a dot.", "{\"score\":.5}", "/score");
        malformed(c, "trailing-dot", "A number ending with a dot.", "{\"score\":1.}", "/score");
        malformed(c, "capitalised-true", "Python's True.", "{\"consent\":True}", "/consent");
        malformed(c, "python-none", "Python's None.", "{\"OfferTitle\":None}", "/OfferTitle");
        malformed(c, "undefined", "JavaScript's undefined.", "{\"OfferTitle\":undefined}", "/OfferTitle");
        malformed(c, "invalid-escape", "An escape JSON does not define.", "{\"OfferTitle\":\"a\\qb\"}",
                "/OfferTitle");
        malformed(c, "bad-unicode-escape", "A \\u escape with a non-hex digit.", "{\"OfferTitle\":\"\\u12G4\"}",
                "/OfferTitle");
        malformed(c, "line-comment", "A // comment.", "{\"OfferTitle\":\"x\" // note\n}", "");
        malformed(c, "block-comment", "A /* */ comment before the lead.", "/* lead */ {\"OfferTitle\":\"x\"}", "");
        malformed(c, "hash-comment", "A # comment line.", "# lead\n{\"OfferTitle\":\"x\"}", "");
    }

    private static void controlCharacters(Corpus c) {
        malformed(c, "raw-tab-in-string", "A tab inside a string, not escaped.", "{\"OfferTitle\":\"a\tb\"}",
                "/OfferTitle");
        malformed(c, "raw-newline-in-string", "A line feed inside a string, not escaped.",
                "{\"Description\":\"line one\nline two\"}", "/Description");
        malformed(c, "raw-crlf-in-string", "CR LF inside a name, not escaped: a header-injection attempt.",
                "{\"UserDetails\":{\"FirstName\":\"Some\r\nX-Injected: yes\"}}", "/UserDetails/FirstName");
        malformed(c, "raw-escape-character-in-string", "A raw ESC (terminal escape) in a name.",
                "{\"UserDetails\":{\"FirstName\":\"\u001b[31mSome\"}}", "/UserDetails/FirstName");
        malformed(c, "raw-vertical-tab-in-string", "A raw vertical tab in a string.", "{\"OfferTitle\":\"a\u000bb\"}",
                "/OfferTitle");
        malformed(c, "form-feed-between-tokens", "A form feed is not JSON white space.",
                "{\"OfferTitle\":\f\"x\"}", "/OfferTitle");
        malformed(c, "no-break-space-between-tokens", "U+00A0 is not JSON white space.",
                "{\"OfferTitle\":\u00a0\"x\"}", "/OfferTitle");
        c.json("raw-nul-in-string", "A raw NUL byte inside a string.", "{\"OfferTitle\":\"a\u0000b\"}")
                .fails(MALFORMED, "/OfferTitle").schemas(syntax("/OfferTitle"));
        c.json("nul-after-lead", "A NUL byte after the lead, as a C string would end.",
                "{\"OfferTitle\":\"x\"}\u0000").fails(MALFORMED, "").schemas(syntax(""));
        c.json("nul-before-lead", "A NUL byte first: read as a sign of UTF-16 or UTF-32.",
                "\u0000{\"OfferTitle\":\"x\"}").fails(NOT_UTF8, "").schemas(syntax(""));
    }

    private static void otherFormats(Corpus c) {
        malformed(c, "form-encoded-body", "An HTML form post instead of JSON.",
                "OfferTitle=Test+Microsoft&LeadSource=AzureMarketplace", "");
        malformed(c, "xml-body", "XML instead of JSON.", "<lead><OfferTitle>x</OfferTitle></lead>", "");
        malformed(c, "xssi-prefix", "A JSON body behind an anti-XSSI prefix.", ")]}',\n{\"OfferTitle\":\"x\"}", "");
        malformed(c, "jsonp-wrapper", "A JSONP callback around the lead.", "callback({\"OfferTitle\":\"x\"})", "");
    }
}

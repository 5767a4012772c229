package dev.leadkit.testing;

import static dev.leadkit.model.LeadParseException.Problem.NOT_UTF8;
import static dev.leadkit.testing.Corpus.concat;
import static dev.leadkit.testing.Corpus.syntax;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Bodies that are not UTF-8: other encodings of a lead, and ill-formed UTF-8 of every kind RFC 3629 forbids
 * (stray bytes, overlong forms, encoded surrogates, code points above U+10FFFF, truncated sequences).
 * {@code LeadJson} refuses each as {@code NOT_UTF8} at the value holding the bad byte; both schemas report one
 * {@code syntax} violation there.
 */
final class HostileEncoding {
    private static final String LEAD = "{\"OfferTitle\":\"Test Microsoft\",\"UserDetails\":{\"FirstName\":\"Zoë\"}}";

    private HostileEncoding() {
    }

    static void addTo(Corpus c) {
        otherEncodings(c);
        illFormed(c);
    }

    private static void notUtf8(Corpus c, String name, String description, byte[] json, String pointer) {
        c.bytes(name, description, json).fails(NOT_UTF8, pointer).schemas(syntax(pointer));
    }

    private static void otherEncodings(Corpus c) {
        notUtf8(c, "utf16le-with-bom", "The lead in UTF-16LE with a byte order mark, as .NET's Encoding.Unicode.",
                encode("\uFEFF" + LEAD, StandardCharsets.UTF_16LE), "");
        notUtf8(c, "utf16be-with-bom", "The lead in UTF-16BE with a byte order mark.",
                encode("\uFEFF" + LEAD, StandardCharsets.UTF_16BE), "");
        notUtf8(c, "utf16le-without-bom", "The lead in UTF-16LE without a byte order mark.",
                encode(LEAD, StandardCharsets.UTF_16LE), "");
        notUtf8(c, "utf16be-without-bom", "The lead in UTF-16BE without a byte order mark.",
                encode(LEAD, StandardCharsets.UTF_16BE), "");
        notUtf8(c, "utf32le-with-bom", "The lead in UTF-32LE with a byte order mark.",
                encode("\uFEFF" + LEAD, Charset.forName("UTF-32LE")), "");
        notUtf8(c, "utf32be-without-bom", "The lead in UTF-32BE without a byte order mark.",
                encode(LEAD, Charset.forName("UTF-32BE")), "");
        notUtf8(c, "latin1-name", "A name in ISO-8859-1: é as the single byte 0xE9.",
                encode("{\"UserDetails\":{\"FirstName\":\"Amélie\"}}", StandardCharsets.ISO_8859_1),
                "/UserDetails/FirstName");
        notUtf8(c, "windows1252-smart-quotes", "Word's curly quotes in Windows-1252: bytes 0x93 and 0x94.",
                encode("{\"Description\":\"\u201cquoted\u201d\"}", Charset.forName("windows-1252")), "/Description");
        notUtf8(c, "latin1-key", "A key in ISO-8859-1.",
                encode("{\"Prénom\":\"Zoé\"}", StandardCharsets.ISO_8859_1), "");
    }

    private static void illFormed(Corpus c) {
        notUtf8(c, "bad-byte-at-value-start", "Byte 0xFF where the second member's value starts.",
                concat("{\"A\":\"x\",\"B\":", new int[] {0xFF}, "}"), "/B");
        c.json("unpaired-surrogate-escape-in-name", "A key holding the escape of an unpaired high surrogate.",
                "{\"\\uD83D\":1}").fails(NOT_UTF8, "").schemas(syntax(""));
        notUtf8(c, "overlong-slash", "'/' as the overlong two bytes C0 AF, a classic filter bypass.",
                concat("{\"OfferTitle\":\"a", new int[] {0xC0, 0xAF}, "b\"}"), "/OfferTitle");
        notUtf8(c, "overlong-nul", "NUL as C0 80 (Java's modified UTF-8).",
                concat("{\"UserDetails\":{\"FirstName\":\"a", new int[] {0xC0, 0x80}, "b\"}}"),
                "/UserDetails/FirstName");
        notUtf8(c, "overlong-three-bytes", "'/' as the overlong three bytes E0 80 AF.",
                concat("{\"OfferTitle\":\"a", new int[] {0xE0, 0x80, 0xAF}, "b\"}"), "/OfferTitle");
        notUtf8(c, "encoded-surrogate", "A UTF-16 surrogate encoded on its own (ED A0 80).",
                concat("{\"UserDetails\":{\"LastName\":\"a", new int[] {0xED, 0xA0, 0x80}, "\"}}"),
                "/UserDetails/LastName");
        notUtf8(c, "cesu8-emoji", "An emoji as two encoded surrogates (CESU-8) instead of four bytes.",
                concat("{\"Description\":\"", new int[] {0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80}, "\"}"),
                "/Description");
        notUtf8(c, "above-max-code-point", "A code point above U+10FFFF (F4 90 80 80).",
                concat("{\"OfferTitle\":\"", new int[] {0xF4, 0x90, 0x80, 0x80}, "\"}"), "/OfferTitle");
        notUtf8(c, "five-byte-sequence", "An obsolete five-byte sequence.",
                concat("{\"OfferTitle\":\"", new int[] {0xF8, 0x88, 0x80, 0x80, 0x80}, "\"}"), "/OfferTitle");
        notUtf8(c, "lone-continuation-byte", "A continuation byte with no lead byte.",
                concat("{\"OfferTitle\":\"a", new int[] {0x80}, "\"}"), "/OfferTitle");
        notUtf8(c, "truncated-sequence-in-string", "A three-byte sequence cut after two bytes.",
                concat("{\"OfferTitle\":\"", new int[] {0xE2, 0x82}, "\"}"), "/OfferTitle");
        notUtf8(c, "truncated-sequence-at-end", "A lead followed by half a character.",
                concat("{\"OfferTitle\":\"x\"}", new int[] {0xC3}, ""), "");
        notUtf8(c, "byte-ff-in-string", "The byte 0xFF, never valid in UTF-8.",
                concat("{\"OfferTitle\":\"", new int[] {0xFF}, "\"}"), "/OfferTitle");
        c.json("escaped-lone-surrogate-in-key", "A key holding an unpaired surrogate escape.", "{\"\\uD83D\":1}")
                .fails(NOT_UTF8, "").schemas(syntax(""));
        c.json("escaped-lone-surrogate-in-user-details-key", "A details key holding an unpaired surrogate escape.",
                "{\"UserDetails\":{\"\\uDC00x\":\"y\"}}").fails(NOT_UTF8, "/UserDetails")
                .schemas(syntax("/UserDetails"));
    }

    private static byte[] encode(String text, Charset charset) {
        return text.getBytes(charset);
    }
}

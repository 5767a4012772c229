package dev.leadkit.client;

import dev.leadkit.model.Lead;
import dev.leadkit.model.UserDetails;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the captured start of a response body into an excerpt that is safe to keep and log: decoded as UTF-8
 * (malformed bytes replaced), every value the receiver may have echoed back that is secret (the endpoint's query
 * and its parameter values) or personal (the lead's names, e-mail and phone) replaced by {@code ***}, then cut
 * to {@link SendResult#MAX_EXCERPT_LENGTH} characters. Redaction runs before the cut so that no secret is left
 * half-shown at the end.
 */
final class Redactor {
    /** Shorter values are not redacted: they would mangle ordinary words and identify nobody. */
    private static final int MIN_SECRET_LENGTH = 3;

    private final List<String> secrets;

    /** A redactor for the endpoint's secrets and, unless {@code lead} is null, the lead's personal data. */
    Redactor(URI endpoint, Lead lead) {
        List<String> found = new ArrayList<>();
        String query = endpoint.getRawQuery();
        if (query != null) {
            found.add(query);
            for (String parameter : query.split("&")) {
                String value = parameter.substring(parameter.indexOf('=') + 1);
                found.add(value);
                found.add(decode(value));
            }
        }
        UserDetails details = lead == null ? null : lead.userDetails();
        if (details != null) {
            found.add(details.firstName());
            found.add(details.lastName());
            found.add(details.email());
            found.add(details.phone());
        }
        found.removeIf(s -> s == null || s.strip().length() < MIN_SECRET_LENGTH);
        found.sort(Comparator.comparingInt(String::length).reversed()); // longest first: no partial leftovers
        this.secrets = List.copyOf(found);
    }

    String excerpt(byte[] captured) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(captured)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
        for (String secret : secrets) {
            text = text.replace(secret, "***");
        }
        if (text.length() > SendResult.MAX_EXCERPT_LENGTH) {
            int end = SendResult.MAX_EXCERPT_LENGTH;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text = text.substring(0, end);
        }
        return text;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value; // not valid percent-encoding: the raw value is already in the list
        }
    }
}

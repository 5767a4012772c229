package dev.leadkit.client;

import dev.leadkit.model.Lead;
import dev.leadkit.model.UserDetails;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns the captured start of a response body into an excerpt that is safe to keep and log: decoded as UTF-8
 * (malformed bytes replaced), summarised if it is an {@code application/problem+json} answer
 * ({@link ProblemSummary}), with every value the receiver may have echoed back that is secret (the endpoint's
 * query, its parameter values and its path after the first segment) or personal (the lead's names, e-mail and
 * phone) replaced by {@code ***}, then cut to {@link SendResult#MAX_EXCERPT_LENGTH} characters.
 *
 * <p>Matching sees through what receivers do to echoed values: JSON escapes ({@code Zo\u005cu00eb}, {@code \/}),
 * case ({@code ZOE@FABRIKAM.EXAMPLE}) and phone formatting ({@code +46 8 123 456 78} against {@code +46812345678}
 * or {@code (617) 555-5555}). Redaction runs before the cut so that no secret is left half-shown at the end.
 */
final class Redactor {
    /** Shorter values are not redacted: they would mangle ordinary words and identify nobody. */
    private static final int MIN_SECRET_LENGTH = 3;
    /** Phone numbers are matched by their digits when they have at least this many. */
    private static final int MIN_PHONE_DIGITS = 7;

    private final List<String> secrets = new ArrayList<>();
    private final List<String> phoneDigits = new ArrayList<>();

    /** A redactor for the endpoint's secrets and, unless {@code lead} is null, the lead's personal data. */
    Redactor(URI endpoint, Lead lead) {
        List<String> found = new ArrayList<>();
        String query = endpoint.getRawQuery();
        if (query != null) {
            found.add(query);
            for (String parameter : query.split("&")) {
                found.add(parameter.substring(parameter.indexOf('=') + 1));
            }
        }
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        int second = path.indexOf('/', 1);
        if (second > 0) {
            found.add(path.substring(second));
            found.addAll(List.of(path.substring(second + 1).split("/")));
        }
        found.addAll(found.stream().map(Redactor::decode).toList());
        UserDetails details = lead == null ? null : lead.userDetails();
        if (details != null) {
            found.add(details.firstName());
            found.add(details.lastName());
            found.add(details.email());
            addPhone(details.phone());
        }
        found.stream().filter(s -> s != null && s.strip().length() >= MIN_SECRET_LENGTH)
                .map(s -> fold(s, null).toString()).distinct().forEach(secrets::add);
        secrets.sort(Comparator.comparingInt(String::length).reversed()); // longest first: no partial leftovers
    }

    private void addPhone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        for (int cut = 0; cut <= 3 && digits.length() - cut >= MIN_PHONE_DIGITS; cut++) {
            phoneDigits.add(digits.substring(cut)); // with and without a country code
        }
    }

    String excerpt(byte[] captured, Optional<String> contentType) {
        String text = new String(captured, StandardCharsets.UTF_8); // replaces malformed bytes
        if (contentType.isPresent() && ProblemSummary.isProblem(contentType.get())) {
            text = ProblemSummary.of(captured).orElse(text);
        }
        text = redact(text);
        if (text.length() > SendResult.MAX_EXCERPT_LENGTH) {
            int end = SendResult.MAX_EXCERPT_LENGTH;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text = text.substring(0, end);
        }
        return text;
    }

    /** Replaces each secret, found in the folded text, by {@code ***} in the original one. */
    String redact(String text) {
        int[] origin = new int[text.length() + 1];
        String folded = fold(text, origin).toString();
        boolean[] hidden = new boolean[text.length()];
        for (String secret : secrets) {
            for (int at = folded.indexOf(secret); at >= 0; at = folded.indexOf(secret, at + 1)) {
                hide(hidden, origin[at], origin[at + secret.length()]);
            }
        }
        hidePhones(folded, origin, hidden);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!hidden[i]) {
                out.append(text.charAt(i));
            } else if (i == 0 || !hidden[i - 1]) {
                out.append("***");
            }
        }
        return out.toString();
    }

    private void hidePhones(String folded, int[] origin, boolean[] hidden) {
        if (phoneDigits.isEmpty()) {
            return;
        }
        StringBuilder digits = new StringBuilder();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isDigit(folded.charAt(i))) {
                digits.append(folded.charAt(i));
                where.add(i);
            }
        }
        for (String phone : phoneDigits) {
            for (int at = digits.indexOf(phone); at >= 0; at = digits.indexOf(phone, at + 1)) {
                int first = where.get(at);
                int last = where.get(at + phone.length() - 1);
                if (last - first < 2 * phone.length() + 6) { // digits of one number, not scattered ones
                    hide(hidden, origin[first], origin[last + 1]);
                }
            }
        }
    }

    private static void hide(boolean[] hidden, int from, int to) {
        for (int i = from; i < to; i++) {
            hidden[i] = true;
        }
    }

    /**
     * The text with JSON escapes resolved and each char lower-cased, one char for one; {@code origin}, if given,
     * gets for each folded index the index in {@code text} it came from (and one past the end at the end).
     */
    private static StringBuilder fold(String text, int[] origin) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int length = 1;
            if (c == '\\' && i + 1 < text.length()) {
                char e = text.charAt(i + 1);
                int simple = "\"\\/bfnrt".indexOf(e);
                if (simple >= 0) {
                    c = "\"\\/\b\f\n\r\t".charAt(simple);
                    length = 2;
                } else if (e == 'u' && i + 6 <= text.length() && text.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                    c = (char) Integer.parseInt(text.substring(i + 2, i + 6), 16);
                    length = 6;
                }
            }
            if (origin != null) {
                origin[out.length()] = i;
            }
            out.append(Character.toLowerCase(c));
            i += length;
        }
        if (origin != null) {
            origin[out.length()] = text.length();
        }
        return out;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value; // not valid percent-encoding: the raw value is already in the list
        }
    }
}

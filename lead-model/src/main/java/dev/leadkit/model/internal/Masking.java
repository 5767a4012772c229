package dev.leadkit.model.internal;

import java.net.URI;

/**
 * Masks personal data for {@code toString()}, assertion messages and logs: enough to tell two values apart
 * while debugging, not enough to identify anyone.
 */
public final class Masking {
    private Masking() {
    }

    /**
     * Masks a name: its first character, then {@code ***}.
     *
     * @param name the name, may be null
     * @return the masked form, or null for null
     */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        return name.isEmpty() ? "" : firstCodePoint(name) + "***";
    }

    /**
     * Masks an e-mail address, keeping its first character and its domain: {@code s****@contoso.com}.
     *
     * @param email the address, may be null
     * @return the masked form, or null for null
     */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return name(email);
        }
        return firstCodePoint(email) + "****" + email.substring(at);
    }

    /**
     * Masks a phone number, keeping only its last two characters: {@code ***55}.
     *
     * @param phone the number, may be null
     * @return the masked form, or null for null
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() <= 4 ? "***" : "***" + phone.substring(phone.length() - 2);
    }

    /**
     * Masks a URL for messages and logs: scheme, host, port and at most the first path segment are shown; the
     * rest of the path becomes {@code /***} and a query {@code ?***}, because webhook URLs carry their secret in
     * the query (Power Automate's {@code sig}, {@code code}, {@code token}) or in the path (Zapier
     * {@code /hooks/catch/<id>/<key>/}, Slack {@code /services/T../B../<secret>}, Teams and Discord webhooks).
     * The first segment is masked too when it could itself be a secret (it holds a digit or is over
     * {@value #MAX_SHOWN_SEGMENT} characters). User info and fragment are dropped.
     *
     * @param url the URL, may be null
     * @return the masked form, such as {@code https://host:443/workflows/***?***}, or null for null
     */
    public static String url(URI url) {
        if (url == null) {
            return null;
        }
        if (url.isOpaque() || url.getRawAuthority() == null) {
            return url.getScheme() == null ? "***" : url.getScheme() + ":***";
        }
        StringBuilder out = new StringBuilder();
        out.append(url.getScheme()).append("://");
        String host = url.getHost();
        out.append(host == null ? "***" : host);
        if (url.getPort() >= 0) {
            out.append(':').append(url.getPort());
        }
        return out.append(target(path(url.getRawPath()), url.getRawQuery())).toString();
    }

    /** The longest first path segment {@link #url} shows: {@value}. */
    public static final int MAX_SHOWN_SEGMENT = 24;

    private static String path(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            return rawPath == null ? "" : rawPath;
        }
        int end = rawPath.indexOf('/', 1);
        String first = rawPath.substring(1, end < 0 ? rawPath.length() : end);
        boolean plain = first.length() <= MAX_SHOWN_SEGMENT && first.chars().noneMatch(Character::isDigit);
        if (!plain) {
            return "/***";
        }
        return end < 0 || end == rawPath.length() - 1 ? rawPath : "/" + first + "/***";
    }

    /**
     * Masks an HTTP request target ({@code /path?query}): the path is shown, a query is replaced by {@code ***}.
     *
     * @param target the path and query as sent on the request line, may be null
     * @return the masked form, or null for null
     */
    public static String target(String target) {
        if (target == null) {
            return null;
        }
        int question = target.indexOf('?');
        return question < 0 ? target : target(target.substring(0, question), target.substring(question + 1));
    }

    private static String target(String path, String query) {
        return query == null ? path : path + "?***";
    }

    private static String firstCodePoint(String s) {
        return new String(Character.toChars(s.codePointAt(0)));
    }
}

package dev.leadkit.receiver;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared secret a receiver expects in one query parameter of the request target. Only the token's SHA-256
 * digest is compared, with {@link MessageDigest#isEqual}, so the time a check takes depends neither on how much of
 * a guess is right nor on its length.
 */
final class QueryToken {
    private final String parameter;
    private final byte[] digest;

    QueryToken(String parameter, String token) {
        this.parameter = parameter;
        this.digest = sha256(token);
    }

    /**
     * Whether the raw query holds the parameter exactly once, with the expected value (percent-decoded, as
     * UTF-8). A missing query, a missing or repeated parameter, or bad percent-encoding of the token parameter is
     * a mismatch; other parameters may hold anything, {@code |}, {@code %} or {@code {}} included.
     */
    boolean matches(String query) {
        if (query == null) {
            return false;
        }
        String found = null;
        int count = 0;
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (parameter.equals(decode(eq < 0 ? pair : pair.substring(0, eq)))) {
                count++; // ?token=a&token=b is ambiguous, and a way to try two guesses at once
                found = eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return count == 1 && found != null && MessageDigest.isEqual(digest, sha256(found));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null; // bad percent-encoding matches nothing
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

package dev.leadkit.client;

import dev.leadkit.model.internal.Masking;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * The receiver's URL, checked once: absolute, http or https, a host, no user info or fragment, and plain http
 * only to a loopback host unless the caller opted in. Holds the masked form used in every message and log line:
 * scheme, host, port and at most the first path segment ({@link Masking#url}), or, if the caller opted in for
 * debugging, the whole path; the query is always masked.
 */
final class Endpoint {
    private final URI uri;
    private final String masked;
    private final boolean https;

    private Endpoint(URI uri, boolean revealPath) {
        this.uri = uri;
        this.masked = revealPath ? Masking.url(uri.resolve("/")).replaceFirst("/$", "") + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?***") : Masking.url(uri);
        this.https = uri.getScheme().equalsIgnoreCase("https");
    }

    /**
     * Checks a URL.
     *
     * @param uri the URL
     * @param allowInsecurePlainHttp whether plain http to a host that is not loopback is accepted
     * @param revealPath whether messages show the whole path rather than its first segment
     * @return the endpoint
     * @throws IllegalArgumentException naming what is wrong, with the URL masked
     */
    static Endpoint of(URI uri, boolean allowInsecurePlainHttp, boolean revealPath) {
        Objects.requireNonNull(uri, "endpoint");
        String masked = Masking.url(uri);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("endpoint must be an absolute https URL: " + masked);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint must name a host: " + masked);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("endpoint must not hold user info (java.net.http does not send it): "
                    + masked);
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("endpoint must not have a fragment: " + masked);
        }
        if (scheme.equals("http") && !allowInsecurePlainHttp && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("endpoint must use https; plain http is accepted only to a loopback "
                    + "host or with allowInsecurePlainHttp(true): " + masked);
        }
        return new Endpoint(uri, revealPath);
    }

    /**
     * Whether a host names the loopback interface, judged from the text alone (no DNS lookup): {@code localhost},
     * {@code 127.0.0.0/8} or {@code [::1]}.
     */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.matches("127(\\.[0-9]{1,3}){3}")) {
            for (String octet : h.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return false;
                }
            }
            return true;
        }
        if (!(h.startsWith("[") && h.endsWith("]") && h.indexOf(':') > 0)) {
            return false;
        }
        try {
            // Text with a colon is parsed as an IPv6 literal, never looked up.
            return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    URI uri() {
        return uri;
    }

    boolean isHttps() {
        return https;
    }

    /** The URL masked for messages and logs. */
    String masked() {
        return masked;
    }

    /** Masks a URL from a response (a redirect's Location), resolved against this endpoint. */
    String maskOther(String location) {
        try {
            return Masking.url(uri.resolve(location));
        } catch (IllegalArgumentException e) {
            return "(an invalid URL)";
        }
    }

    @Override
    public String toString() {
        return masked;
    }
}

package dev.leadkit.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small, bounded HTTP/1.1 request parser (RFC 9112): request line, header fields, and a body framed by
 * {@code Content-Length} or the chunked transfer coding. Every limit breach or framing error is a
 * {@link BadRequest} carrying the status to answer with; the connection is closed after it.
 */
final class RequestParser {
    static final int MAX_LINE_BYTES = 8 * 1024;
    static final int MAX_HEADER_COUNT = 100;
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    /** A request that cannot be parsed, and the status that says why. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        BadRequest(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }

    /** What the parser read, before the body: the endpoint may answer {@code 100 Continue} in between. */
    record Head(String method, String target, String version, Map<String, List<String>> headers) {
        String first(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        boolean keepAlive() {
            return version.equals("HTTP/1.1") && !hasToken(headers.getOrDefault("connection", List.of()), "close");
        }
    }

    /**
     * Whether any of a header's values lists a token, such as {@code close} in {@code Connection: keep-alive, Close}
     * (RFC 9110 5.6.1: comma-separated, tokens compared without regard to case).
     */
    static boolean hasToken(List<String> values, String token) {
        for (String value : values) {
            for (String element : value.split(",", -1)) {
                if (element.strip().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    private final InputStream in;

    /** Parses from a buffered stream; the parser reads byte by byte. */
    RequestParser(InputStream in) {
        this.in = in;
    }

    /**
     * Reads a request line and header fields.
     *
     * @return the head, header names in lower case
     * @throws BadRequest for a malformed or too large head
     * @throws IOException if the connection fails or ends mid-head
     */
    Head readHead() throws IOException, BadRequest {
        String line = readLine();
        for (int empty = 0; line.isEmpty(); empty++) {
            if (empty == MAX_HEADER_COUNT) {
                throw new BadRequest(400, "no request line");
            }
            line = readLine(); // RFC 9112 2.2: ignore empty lines before the request line
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0]) || !parts[2].matches("HTTP/1\\.[01]")) {
            throw new BadRequest(400, "malformed request line");
        }
        if (parts[1].isEmpty() || !parts[1].chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new BadRequest(400, "malformed request target");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int count = 0;
        int total = 0;
        for (String field = readLine(); !field.isEmpty(); field = readLine()) {
            total += field.length() + 2;
            if (++count > MAX_HEADER_COUNT || total > MAX_HEADER_BYTES) {
                throw new BadRequest(431, "too many or too large header fields");
            }
            int colon = field.indexOf(':');
            if (colon <= 0 || !isToken(field.substring(0, colon))) {
                throw new BadRequest(400, "malformed header field"); // also rejects obsolete line folding
            }
            String name = field.substring(0, colon).toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(field.substring(colon + 1).strip());
        }
        return new Head(parts[0], parts[1], parts[2], headers);
    }

    /**
     * Checks the framing the head announces without reading a byte of the body: the endpoint calls this before it
     * answers {@code 100 Continue}, so that a client is never invited to send a body that will be refused.
     *
     * @param head the head read before
     * @throws BadRequest for conflicting or malformed framing, an unsupported transfer coding, or a declared body
     *     over {@link #MAX_BODY_BYTES}
     */
    void checkFraming(Head head) throws BadRequest {
        List<String> encodings = head.headers().get("transfer-encoding");
        List<String> lengths = head.headers().get("content-length");
        if (encodings != null) {
            if (lengths != null) {
                throw new BadRequest(400, "both Transfer-Encoding and Content-Length");
            }
            String last = encodings.get(encodings.size() - 1).toLowerCase(Locale.ROOT);
            if (encodings.size() != 1 || !last.equals("chunked")) {
                throw new BadRequest(501, "unsupported transfer coding");
            }
        } else if (lengths != null && contentLength(lengths) > MAX_BODY_BYTES) {
            throw new BadRequest(413, "body larger than " + MAX_BODY_BYTES + " bytes");
        }
    }

    /**
     * Reads the body the head announces, after {@link #checkFraming} (which this calls again).
     *
     * @param head the head read before
     * @return the body, without transfer coding; empty if none
     * @throws BadRequest as {@link #checkFraming}, or for a malformed chunk or a chunked body over
     *     {@link #MAX_BODY_BYTES}
     * @throws IOException if the connection fails or ends mid-body
     */
    byte[] readBody(Head head) throws IOException, BadRequest {
        checkFraming(head);
        if (head.headers().containsKey("transfer-encoding")) {
            return readChunked();
        }
        List<String> lengths = head.headers().get("content-length");
        if (lengths == null) {
            return new byte[0];
        }
        long length = contentLength(lengths);
        byte[] body = in.readNBytes((int) length);
        if (body.length != length) {
            throw new IOException("connection closed in the middle of the body");
        }
        return body;
    }

    private static long contentLength(List<String> values) throws BadRequest {
        String first = values.get(0);
        for (String v : values) {
            if (!v.equals(first) || !v.matches("[0-9]{1,10}")) {
                throw new BadRequest(400, "invalid Content-Length");
            }
        }
        return Long.parseLong(first);
    }

    private byte[] readChunked() throws IOException, BadRequest {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String line = readLine();
            int semicolon = line.indexOf(';');
            String size = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
            if (!size.matches("[0-9a-fA-F]{1,8}")) {
                throw new BadRequest(400, "invalid chunk size");
            }
            long chunk = Long.parseLong(size, 16);
            if (body.size() + chunk > MAX_BODY_BYTES) {
                throw new BadRequest(413, "body larger than " + MAX_BODY_BYTES + " bytes");
            }
            if (chunk == 0) {
                break;
            }
            byte[] data = in.readNBytes((int) chunk);
            if (data.length != chunk) {
                throw new IOException("connection closed in the middle of a chunk");
            }
            body.writeBytes(data);
            if (!readLine().isEmpty()) {
                throw new BadRequest(400, "chunk data not followed by CRLF");
            }
        }
        int trailerBytes = 0;
        for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
            trailerBytes += trailer.length() + 2;
            if (trailerBytes > MAX_HEADER_BYTES) {
                throw new BadRequest(431, "trailer section too large");
            }
        }
        return body.toByteArray();
    }

    /** Reads one line ending in CRLF (or a bare LF), without the ending, as ISO-8859-1. */
    private String readLine() throws IOException, BadRequest {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the middle of a line");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= MAX_LINE_BYTES) {
                throw new BadRequest(431, "line longer than " + MAX_LINE_BYTES + " bytes");
            }
            line.write(b);
        }
    }

    private static boolean isToken(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0);
    }
}

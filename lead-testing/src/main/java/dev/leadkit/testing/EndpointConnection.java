package dev.leadkit.testing;

import dev.leadkit.testing.MockResponse.HeaderField;
import dev.leadkit.testing.RecordedRequest.Failure;
import dev.leadkit.testing.RequestParser.BadRequest;
import dev.leadkit.testing.RequestParser.Head;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Serves one accepted connection of a {@link MockLeadEndpoint}: reads requests one after another (keep-alive),
 * records each, and answers each well-formed one with the {@link MockResponse} its dispatcher chooses, paced as
 * the response says.
 */
final class EndpointConnection implements Runnable {
    private static final System.Logger LOG = System.getLogger(MockLeadEndpoint.class.getName());

    private final MockLeadEndpoint endpoint;
    private final Socket plain;
    private final boolean https;

    EndpointConnection(MockLeadEndpoint endpoint, Socket plain, boolean https) {
        this.endpoint = endpoint;
        this.plain = plain;
        this.https = https;
    }

    @Override
    public void run() {
        try (Socket io = https ? startTls(plain) : plain) {
            InputStream in = new BufferedInputStream(io.getInputStream());
            OutputStream out = new BufferedOutputStream(io.getOutputStream());
            RequestParser parser = new RequestParser(in);
            while (serveOne(in, out, parser)) {
                // keep-alive: the next request on the same connection
            }
        } catch (IOException e) {
            // The client went away, failed the TLS handshake, or the endpoint closed the socket.
            LOG.log(System.Logger.Level.DEBUG, () -> "connection ended: " + e);
        } finally {
            closeQuietly();
            endpoint.forget(plain);
        }
    }

    /** Serves one request; returns whether the connection stays open for another. */
    private boolean serveOne(InputStream in, OutputStream out, RequestParser parser) throws IOException {
        in.mark(1);
        if (in.read() < 0) {
            return false; // the client closed an idle connection
        }
        in.reset();
        int sequence = endpoint.countRequest();
        if (endpoint.dropBeforeRequest()) {
            reset();
            return false;
        }
        Head head = null;
        byte[] body;
        try {
            head = parser.readHead();
            parser.checkFraming(head); // a body that would be refused gets its answer instead of 100 Continue
            if ("100-continue".equalsIgnoreCase(head.first("expect"))) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            body = parser.readBody(head);
        } catch (BadRequest e) {
            endpoint.record(failed(sequence, head, new Failure(e.status, e.getMessage())));
            writeHead(out, e.status, List.of(new HeaderField("Connection", "close")), 0);
            out.flush();
            return false;
        } catch (IOException e) {
            endpoint.record(failed(sequence, head, new Failure(0, "the request ended before it was complete")));
            throw e;
        }
        RecordedRequest request = new RecordedRequest(sequence, head.method(), head.target(), head.version(),
                head.headers(), body);
        endpoint.record(request);
        endpoint.requestStarted();
        try {
            MockResponse response;
            try {
                response = endpoint.dispatch(request);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, () -> "the dispatcher failed, answering 500: "
                        + e.getClass().getName());
                writeHead(out, 500, List.of(new HeaderField("Connection", "close")), 0);
                out.flush();
                return false;
            }
            if (response.disconnect() != MockResponse.Disconnect.NONE) {
                reset();
                return false;
            }
            return respond(out, response, head);
        } finally {
            endpoint.requestFinished();
        }
    }

    /** A request that failed: what was read of its head, if all of it was, and no body. */
    private static RecordedRequest failed(int sequence, Head head, Failure failure) {
        return head == null
                ? new RecordedRequest(sequence, "", "", "", Map.of(), new byte[0], failure)
                : new RecordedRequest(sequence, head.method(), head.target(), head.version(), head.headers(),
                        new byte[0], failure);
    }

    private boolean respond(OutputStream out, MockResponse response, Head head) throws IOException {
        if (!response.headersDelay().isZero() && !endpoint.pause(response.headersDelay())) {
            return false;
        }
        boolean noBody = head.method().equals("HEAD") || response.status() == 204 || response.status() == 304;
        byte[] body = response.bodyUnsafe();
        writeHead(out, response.status(), response.fields(), noBody ? -1 : body.length);
        if (!noBody && !writeBody(out, response, body)) {
            return false;
        }
        out.flush();
        return head.keepAlive() && !RequestParser.hasToken(response.headers("Connection"), "close");
    }

    /**
     * Writes the body in parts with a pause after each but the last: parts of {@code throttleBytes}, or one part
     * of {@code stallAfterBytes} and then the rest; returns false if the endpoint closed during a pause.
     */
    private boolean writeBody(OutputStream out, MockResponse response, byte[] body) throws IOException {
        int part;
        int laterParts;
        Duration pause;
        if (response.throttleBytes() > 0) {
            part = response.throttleBytes();
            laterParts = part;
            pause = response.throttlePeriod().orElseThrow();
        } else if (response.stallAfterBytes() >= 0) {
            part = response.stallAfterBytes();
            laterParts = Integer.MAX_VALUE;
            pause = response.stallDurationOrNull(); // null: until the endpoint closes
        } else {
            out.write(body);
            return true;
        }
        int offset = 0;
        while (true) {
            int length = Math.min(part, body.length - offset);
            out.write(body, offset, length);
            offset += length;
            if (offset >= body.length) {
                return true;
            }
            out.flush();
            if (!endpoint.pause(pause)) {
                return false;
            }
            part = laterParts;
        }
    }

    /** Writes the status line and headers; a {@code contentLength} of -1 writes no Content-Length. */
    private static void writeHead(OutputStream out, int status, List<HeaderField> headers, int contentLength)
            throws IOException {
        StringBuilder head = new StringBuilder(128);
        head.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach(field -> head.append(field.name()).append(": ").append(field.value()).append("\r\n"));
        if (contentLength >= 0) {
            head.append("Content-Length: ").append(contentLength).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 202: return "Accepted";
            case 204: return "No Content";
            case 301: return "Moved Permanently";
            case 302: return "Found";
            case 307: return "Temporary Redirect";
            case 308: return "Permanent Redirect";
            case 400: return "Bad Request";
            case 404: return "Not Found";
            case 408: return "Request Timeout";
            case 413: return "Content Too Large";
            case 429: return "Too Many Requests";
            case 431: return "Request Header Fields Too Large";
            case 500: return "Internal Server Error";
            case 501: return "Not Implemented";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            default: return "Status " + status;
        }
    }

    private static Socket startTls(Socket plain) throws IOException {
        SSLSocket tls = (SSLSocket) TestTls.serverContext().getSocketFactory().createSocket(plain, null, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setApplicationProtocols(new String[] {"http/1.1"});
        tls.setSSLParameters(parameters);
        return tls;
    }

    /** An abortive close: TCP RST, and over TLS no close_notify, as a crashed server or a middlebox would. */
    private void reset() throws IOException {
        plain.setSoLinger(true, 0);
        plain.close();
    }

    private void closeQuietly() {
        try {
            plain.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "close failed: " + e);
        }
    }
}

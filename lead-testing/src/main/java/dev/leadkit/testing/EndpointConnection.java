package dev.leadkit.testing;

import dev.leadkit.testing.RequestParser.BadRequest;
import dev.leadkit.testing.RequestParser.Head;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Serves one accepted connection of a {@link MockLeadEndpoint}: reads requests one after another (keep-alive)
 * and answers each with the next scripted {@link MockResponse}, byte by byte where the script says so.
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
        MockResponse response = endpoint.nextResponse();
        if (response.disconnect() == MockResponse.Disconnect.BEFORE_REQUEST) {
            reset();
            return false;
        }
        Head head;
        byte[] body;
        try {
            head = parser.readHead();
            if ("100-continue".equalsIgnoreCase(head.first("expect"))) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            body = parser.readBody(head);
        } catch (BadRequest e) {
            writeHead(out, e.status, Map.of("Connection", "close"), 0);
            out.flush();
            return false;
        }
        endpoint.record(new RecordedRequest(sequence, head.method(), head.target(), head.version(),
                head.headers(), body));
        endpoint.requestStarted();
        try {
            if (response.disconnect() == MockResponse.Disconnect.AFTER_REQUEST) {
                reset();
                return false;
            }
            return respond(out, response, head);
        } finally {
            endpoint.requestFinished();
        }
    }

    private boolean respond(OutputStream out, MockResponse response, Head head) throws IOException {
        if (!endpoint.pause(response.headersDelay())) {
            return false;
        }
        boolean noBody = head.method().equals("HEAD") || response.status() == 204 || response.status() == 304;
        byte[] body = response.bodyUnsafe();
        writeHead(out, response.status(), response.headers(), noBody ? -1 : body.length);
        if (!noBody) {
            int stall = response.stallAfterBytes();
            int first = stall < 0 ? body.length : stall;
            out.write(body, 0, first);
            if (stall >= 0) {
                out.flush();
                if (!endpoint.pause(response.stallDurationOrNull())) {
                    return false;
                }
                out.write(body, first, body.length - first);
            }
        }
        out.flush();
        return head.keepAlive() && !"close".equalsIgnoreCase(response.headers().get("Connection"));
    }

    /** Writes the status line and headers; a {@code contentLength} of -1 writes no Content-Length. */
    private static void writeHead(OutputStream out, int status, Map<String, String> headers, int contentLength)
            throws IOException {
        StringBuilder head = new StringBuilder(128);
        head.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
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

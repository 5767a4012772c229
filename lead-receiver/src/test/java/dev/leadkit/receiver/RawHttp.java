package dev.leadkit.receiver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A plain socket to an endpoint, for requests no HTTP client would send: partial, stalled, lying. */
final class RawHttp implements AutoCloseable {
    private final Socket socket;

    RawHttp(URI uri) throws IOException {
        socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(20_000);
    }

    RawHttp send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return this;
    }

    /** Reads until the server closes the connection; fails if it has not within 20 s. */
    String readUntilClosed() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open for 20 s; read so far: "
                    + out.toString(StandardCharsets.UTF_8), e);
        } catch (IOException reset) {
            // a reset after the answer is as good as a close
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Reads one answer, its head and its {@code Content-Length} bytes of body, without waiting for a close. */
    String readAnswer() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = -1;
        while (length < 0 || out.size() < length) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("closed before a whole answer: " + out.toString(StandardCharsets.UTF_8));
            }
            out.write(b);
            String text = out.toString(StandardCharsets.UTF_8);
            int head = text.indexOf("\r\n\r\n");
            if (length < 0 && head >= 0) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                        .matcher(text.substring(0, head));
                length = head + 4 + (m.find() ? Integer.parseInt(m.group(1)) : 0);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes {@code count} bytes of white space, as a body that keeps coming. */
    RawHttp sendBody(int count) throws IOException {
        byte[] chunk = new byte[8192];
        java.util.Arrays.fill(chunk, (byte) ' ');
        for (int left = count; left > 0; left -= chunk.length) {
            socket.getOutputStream().write(chunk, 0, Math.min(left, chunk.length));
        }
        socket.getOutputStream().flush();
        return this;
    }

    /** The status code of the first response in the text, or -1 if there is none. */
    static int status(String response) {
        return response.startsWith("HTTP/1.1 ") ? Integer.parseInt(response.substring(9, 12)) : -1;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package dev.leadkit.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One kept-alive HTTP/1.1 connection that posts the same request again and again: lighter than any HTTP client
 * library, so the load driver measures the endpoint, not itself. Reconnects after the server closed.
 */
final class LoadClient implements AutoCloseable {
    private final URI uri;
    private final byte[] request;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoadClient(URI uri, byte[] body, int timeoutMillis) {
        this.uri = uri;
        this.timeoutMillis = timeoutMillis;
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        byte[] head = ("POST " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
    }

    /** Posts once; returns the status, or -1 if the connection failed or timed out. */
    int post() {
        try {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(timeoutMillis);
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), timeoutMillis);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
                out = socket.getOutputStream();
            }
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            return -1;
        }
    }

    private int readResponse() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(256);
        int last = 0;
        while (last != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            head.write(b);
            last = (last << 8) | b;
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        int status = Integer.parseInt(text.substring(9, 12));
        int length = 0;
        boolean close = false;
        for (String line : text.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(value);
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    close = true;
                }
            }
        }
        in.readNBytes(length);
        if (close) {
            close();
        }
        return status;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken socket: nothing left to do
            }
            socket = null;
        }
    }
}

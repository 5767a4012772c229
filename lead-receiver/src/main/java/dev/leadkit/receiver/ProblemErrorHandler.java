package dev.leadkit.receiver;

import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Answers what Jetty refuses before the handler sees it (a malformed request line, headers over the limit) and
 * what fails inside it, with a problem body that holds only the status: Jetty's own pages may quote the request.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private static final String TYPE = "tag:leadkit.dev,2026:problem/http-";

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object attribute = request.getAttribute(ERROR_STATUS);
        if (attribute instanceof Integer code && code >= 400 && code <= 599) {
            status = code;
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reception.PROBLEM_JSON);
        response.write(true, ByteBuffer.wrap(body(status)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Reception.PROBLEM_JSON);
        return ByteBuffer.wrap(body(status < 400 || status > 599 ? 400 : status));
    }

    @Override
    public Invocable.InvocationType getInvocationType() {
        return Invocable.InvocationType.NON_BLOCKING;
    }

    private static byte[] body(int status) {
        return new Reception.Rejected(status, TYPE + status, "HTTP " + status,
                "the request was refused before it could be read as a lead", List.of()).body();
    }
}

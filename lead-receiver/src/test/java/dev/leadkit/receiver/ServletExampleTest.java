package dev.leadkit.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's Servlet example (region {@code servlet}), run against a request and a response that hold exactly
 * what a container would hand over.
 */
class ServletExampleTest {
    @SuppressWarnings("serial") // a servlet is never serialized here
    // region servlet
    static final class LeadServlet extends HttpServlet {
        private final LeadReceiver receiver;   // LeadReceiver.builder().token(secret).build(): shared, thread-safe
        private final Consumer<Lead> store;    // your queue, table or CRM call

        LeadServlet(LeadReceiver receiver, Consumer<Lead> store) {
            this.receiver = receiver;
            this.store = store;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            byte[] body = request.getInputStream().readNBytes(receiver.maxBodyBytes() + 1); // more is a 413
            Reception reception = receiver.receive(body, request.getContentType(), request.getQueryString());
            if (reception instanceof Reception.Accepted accepted) {
                store.accept(accepted.lead());   // store before answering: a 202 says the lead is safe
            }
            response.setStatus(reception.status());
            response.setContentType(reception.contentType());
            response.getOutputStream().write(reception.body());
        }
    }
    // endregion

    private final List<Lead> stored = new ArrayList<>();
    private final LeadServlet servlet = new LeadServlet(LeadReceiver.builder().token("s3cret")
            .json(LeadJson.builder().maxDocumentBytes(1000).build()).build(), stored::add);

    @Test
    void storesAnAcceptedLeadAndAnswers202() throws IOException {
        Answer answer = post(LeadReceiverTest.CAMEL.getBytes(StandardCharsets.UTF_8), "application/json",
                "api-version=1&token=s3cret");
        assertThat(answer.status).isEqualTo(202);
        assertThat(answer.contentType).isEqualTo("application/json");
        assertThat(stored).singleElement().satisfies(l -> assertThat(l.actionCode()).isEqualTo("PLT"));
    }

    /** Regression: the example built a URI from the query, and answered 500 for queries containers accept. */
    @ParameterizedTest
    @ValueSource(strings = {"token=s3cret&utm=a|b", "x=100%&token=s3cret", "q={x}&token=s3cret"})
    void takesEveryQueryAContainerHandsOver(String query) throws IOException {
        Answer answer = post(LeadReceiverTest.CAMEL.getBytes(StandardCharsets.UTF_8), "application/json", query);
        assertThat(answer.status).isEqualTo(202);
        assertThat(stored).hasSize(1);
    }

    @Test
    void answersAProblemAndStoresNothingForAMissingToken() throws IOException {
        Answer answer = post(LeadReceiverTest.CAMEL.getBytes(StandardCharsets.UTF_8), "application/json", null);
        assertThat(answer.status).isEqualTo(401);
        assertThat(answer.contentType).isEqualTo("application/problem+json");
        assertThat(answer.body).contains("\"type\":\"tag:leadkit.dev,2026:problem/unauthorized\"");
        assertThat(stored).isEmpty();
    }

    @Test
    void readsOnlyOneBytePastTheLimitOfAHugeBody() throws IOException {
        CountingInput huge = new CountingInput(new byte[10_000_000]);
        Answer answer = post(huge, null, "token=s3cret");
        assertThat(answer.status).isEqualTo(413);
        assertThat(huge.read).isEqualTo(1001);
        assertThat(stored).isEmpty();
    }

    private Answer post(byte[] body, String contentType, String query) throws IOException {
        return post(new CountingInput(body), contentType, query);
    }

    private Answer post(CountingInput body, String contentType, String query) throws IOException {
        HttpServletRequest request = fake(HttpServletRequest.class, (name, args) -> {
            switch (name) {
                case "getInputStream": return body;
                case "getContentType": return contentType;
                case "getQueryString": return query;
                default: throw new UnsupportedOperationException(name);
            }
        });
        Answer answer = new Answer();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                answer.bytes.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        HttpServletResponse response = fake(HttpServletResponse.class, (name, args) -> {
            switch (name) {
                case "setStatus": answer.status = (Integer) args[0]; return null;
                case "setContentType": answer.contentType = (String) args[0]; return null;
                case "getOutputStream": return out;
                default: throw new UnsupportedOperationException(name);
            }
        });
        servlet.doPost(request, response);
        answer.body = answer.bytes.toString(StandardCharsets.UTF_8);
        return answer;
    }

    private interface Calls {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Calls calls) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> calls.answer(method.getName(), args)));
    }

    private static final class Answer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status;
        String contentType;
        String body;
    }

    /** A request body that counts the bytes taken from it. */
    private static final class CountingInput extends ServletInputStream {
        private final ByteArrayInputStream in;
        int read;

        CountingInput(byte[] body) {
            in = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            int b = in.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = in.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}

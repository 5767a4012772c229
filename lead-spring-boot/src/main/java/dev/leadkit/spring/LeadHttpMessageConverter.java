package dev.leadkit.spring;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.receiver.LeadReceiver;
import dev.leadkit.receiver.Reception;
import java.io.IOException;
import java.util.Objects;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads and writes {@link Lead} bodies through a {@link LeadJson}, so a controller's {@code @RequestBody Lead} gets
 * the same verdict as the receiving endpoint: duplicate keys, limits, malformed UTF-8 and a non-UTF-8
 * {@code Content-Type} are refused with a {@link LeadBindingException} carrying the receiver's status (400, 413,
 * 415) and RFC 9457 problem. Validation is left to the controller; reading is all this decides.
 *
 * <p>Handles {@code application/json} and every {@code application/*+json} type. Registered by the
 * auto-configuration when {@code leadkit.web.strict-binding=true}; thread-safe.
 */
public final class LeadHttpMessageConverter extends AbstractHttpMessageConverter<Lead> {
    private final LeadJson json;
    private final LeadReceiver reader;

    /**
     * Creates the converter.
     *
     * @param json the codec that reads and writes; its document limit bounds what is read from a request
     */
    public LeadHttpMessageConverter(LeadJson json) {
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        this.json = Objects.requireNonNull(json, "json");
        // A receiver without a token or rejectInvalid decides exactly the reading questions, with its own answers.
        this.reader = LeadReceiver.builder().json(json).build();
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return clazz == Lead.class;
    }

    @Override
    protected Lead readInternal(Class<? extends Lead> clazz, HttpInputMessage input) throws IOException {
        byte[] body = input.getBody().readNBytes(reader.maxBodyBytes() + 1);
        MediaType type = input.getHeaders().getContentType();
        Reception reception = reader.receive(body, type == null ? null : type.toString());
        if (reception instanceof Reception.Rejected rejected) {
            throw new LeadBindingException(rejected);
        }
        return ((Reception.Accepted) reception).lead();
    }

    @Override
    protected void writeInternal(Lead lead, HttpOutputMessage output) throws IOException {
        output.getBody().write(json.writeBytes(lead));
    }

    @Override
    public String toString() {
        return "LeadHttpMessageConverter[" + json + "]";
    }
}

package dev.leadkit.receiver;

import dev.leadkit.schema.LeadProfile;
import dev.leadkit.schema.LeadValidator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.LeadJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No answer of a receiver, and no {@code toString()} of one, holds a value from the request: not the names, e-mail
 * or phone of a lead, nor the token of the URI, for any way a body can fail.
 */
class ReceptionPrivacyTest {
    private static final String TOKEN = "Tk-5e1c7b2f9a";
    /** Never in a body nor in a toString (which masks names, e-mail and phone). */
    private static final List<String> PERSONAL = List.of("Amelie", "Dupont", "amelie.dupont@", "33170000000", TOKEN);
    /** Never in a body; a lead's toString shows them. */
    private static final List<String> OTHER_VALUES = List.of("fabrikam.example", "Fabrikam SARL");

    /** Bodies with personal data in every position that fails a check. */
    private static final List<String> BODIES = List.of(
            "{\"UserDetails\":{\"FirstName\":\"Amelie\",\"LastName\":\"Dupont\","
                    + "\"Email\":\"amelie.dupont@fabrikam.example\",\"Phone\":\"33170000000\"}}",
            "{\"UserDetails\":{\"FirstName\":[\"Amelie\"],\"Email\":\"amelie.dupont@fabrikam.example\"}}",
            "{\"UserDetails\":{\"Email\":{\"v\":\"amelie.dupont@fabrikam.example\"}}}",
            "{\"UserDetails\":{\"Email\":\"amelie.dupont@fabrikam.example\",\"email\":\"amelie.dupont@fabrikam.example\"}}",
            "{\"UserDetails\":{\"LastName\":\"Dupont\",\"Email\":\"amelie.dupont@@fabrikam.example\"}}",
            "{\"UserDetails\":{\"Phone\":\"33170000000\",\"Company\":\"Fabrikam SARL" + "x".repeat(2000) + "\"}}",
            "{\"UserDetails\":{\"FirstName\":\"Amelie\",\"Email\":\"amelie.dupont@fabrikam.example",
            "{\"UserDetails\":{\"FirstName\":\"Amelie\" \"LastName\":\"Dupont\"}}",
            "{\"UserDetails\":{\"FirstName\":\"Amelie\u0000\",\"Phone\":33170000000x}}",
            "[\"Amelie\",\"Dupont\",\"amelie.dupont@fabrikam.example\"]",
            "\"amelie.dupont@fabrikam.example\"");

    @Test
    void noBodyOrToStringHoldsPersonalDataOrTheToken() {
        List<LeadReceiver> receivers = List.of(
                LeadReceiver.defaults(),
                LeadReceiver.builder().rejectInvalid(true)
                        .validator(LeadValidator.builder().profile(LeadProfile.DYNAMICS_365)
                                .profile(LeadProfile.CONTACTABLE).build()).build(),
                LeadReceiver.builder().json(LeadJson.builder().maxStringLength(20).maxDepth(2).build()).build(),
                LeadReceiver.builder().json(LeadJson.builder().maxDocumentBytes(100).build()).build(),
                LeadReceiver.builder().token(TOKEN).build());
        List<URI> uris = List.of(URI.create("/?token=" + TOKEN), URI.create("/?token=" + TOKEN + "0"));
        List<String> contentTypes = new ArrayList<>();
        contentTypes.add(null);
        contentTypes.add("text/plain; x=" + TOKEN);
        List<Integer> statuses = new ArrayList<>();
        int checked = 0;
        for (LeadReceiver receiver : receivers) {
            for (String body : BODIES) {
                for (URI uri : uris) {
                    for (String contentType : contentTypes) {
                        for (byte[] bytes : List.of(body.getBytes(StandardCharsets.UTF_8),
                                body.getBytes(StandardCharsets.UTF_16LE))) {
                            Reception r = receiver.receive(bytes, contentType, uri);
                            String answer = new String(r.body(), StandardCharsets.UTF_8);
                            for (String secret : PERSONAL) {
                                assertThat(answer).as("body for %s", body).doesNotContain(secret);
                                assertThat(r.toString()).as("toString for %s", body).doesNotContain(secret);
                            }
                            for (String value : OTHER_VALUES) {
                                assertThat(answer).as("body for %s", body).doesNotContain(value);
                            }
                            statuses.add(r.status());
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(receivers.size() * BODIES.size() * 8);
        assertThat(statuses).as("every kind of answer was checked").contains(202, 400, 401, 413, 415, 422);
    }
}

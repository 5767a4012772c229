package dev.leadkit.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import dev.leadkit.schema.LeadSchema;
import dev.leadkit.schema.Violation;
import dev.leadkit.testing.HostilePayload;
import dev.leadkit.testing.TestLeads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every verdict leadkit gives on the hostile corpus, exactly (problem, pointer, line, column, message; each schema's
 * violations; the receiver's answer), against a committed file. The build runs this under the newest Jackson and,
 * with {@code -Pjackson-oldest}, under the oldest supported one: both must match the same file. To regenerate it
 * after an intended change: {@code mvn -pl lead-receiver -am verify -Dtest=HostileVerdictsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dleadkit.verdicts.write=true}.
 */
class HostileVerdictsTest {
    private static final String FILE = "hostile-verdicts.txt";

    @Test
    void theVerdictsAreTheCommittedOnes() throws IOException {
        List<String> verdicts = new ArrayList<>();
        for (HostilePayload payload : TestLeads.hostile()) {
            verdicts.add(verdict(payload));
        }
        String actual = String.join("\n", verdicts) + "\n";
        if (Boolean.getBoolean("leadkit.verdicts.write")) {
            Files.writeString(Path.of("src/test/resources/dev/leadkit/receiver", FILE), actual);
        }
        String expected;
        try (InputStream in = HostileVerdictsTest.class.getResourceAsStream(FILE)) {
            assertThat(in).as(FILE + " on the test class path").isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!Boolean.getBoolean("leadkit.verdicts.write")) {
            assertThat(actual.split("\n")).containsExactly(expected.split("\n"));
        }
    }

    private static String verdict(HostilePayload payload) {
        byte[] bytes = payload.bytes();
        StringBuilder out = new StringBuilder(payload.name()).append(" | read: ");
        try {
            Lead lead = LeadJson.defaults().read(bytes);
            out.append("lead ").append(digest(LeadJson.defaults().writeBytes(lead)));
        } catch (LeadParseException e) {
            out.append(e.problem()).append(' ').append(e.getMessage());
        }
        for (LeadSchema schema : List.of(LeadSchema.latest(), LeadSchema.tolerant())) {
            out.append(" | ").append(schema).append(':');
            for (Violation v : schema.validate(bytes).violations()) {
                out.append(" [").append(v.pointer()).append(' ').append(v.code()).append(' ').append(v.message())
                        .append(']');
            }
        }
        Reception reception = LeadReceiver.builder().build().receive(bytes, "application/json");
        out.append(" | receive: ").append(reception.status()).append(' ')
                .append(new String(reception.body(), StandardCharsets.UTF_8));
        return out.toString().replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

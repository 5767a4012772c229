package dev.leadkit.gen;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The personal data and secrets the fuzz corpus plants in documents, and the check that none of it reaches a
 * message, a pointer or a problem body: a planted value may be shown only where the document used it in a member
 * name (a string followed by its colon), as pointers are allowed to, and then cut at 64 characters.
 */
public final class Planted {
    /** A name, an e-mail address, a phone number, a token and a Power Automate {@code sig} value. */
    public static final List<String> VALUES = List.of("Zebulon Quixotic", "pii.victim@secret.example",
            "+1 425 555 0199", "tok_9f8e7d6c5b4a", "sig=Zm9vYmFyYmF6cXV4");

    private Planted() {
    }

    /**
     * Fails if an output shows a planted value that the input did not use as a member name.
     *
     * @param input the document
     * @param outputs messages, pointers, bodies
     * @throws AssertionError naming the planted value, never the output
     */
    public static void check(byte[] input, String... outputs) {
        String document = new String(input, StandardCharsets.UTF_8);
        for (String value : VALUES) {
            if (!document.contains(value) || usedAsName(document, value)) {
                continue;
            }
            for (String output : outputs) {
                if (output != null && output.contains(value)) {
                    throw new AssertionError("planted value " + VALUES.indexOf(value) + " reached an output");
                }
            }
        }
    }

    private static boolean usedAsName(String document, String value) {
        // anywhere inside a quoted string followed by a colon: the first finding of LeadJsonFuzzTest was a planted
        // token in the middle of a long member name, which a pointer may show
        return Pattern.compile("\"[^\"]*" + Pattern.quote(value) + "[^\"]*\"[ \\t\\r\\n]*:").matcher(document)
                .find();
    }
}

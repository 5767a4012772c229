package dev.leadkit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample documents under {@code src/test/resources/samples}. */
final class Samples {
    /** The fr-FR (2020) documentation sample, with Description. */
    static final String DOC_2020 = "lead-2020.json";
    /** The pt-PT (2018) documentation sample, without ActionCode and Description. */
    static final String DOC_2018 = "lead-2018.json";
    /** A lead shaped like real traffic: camelCase keys, composite lead source. */
    static final String CAMEL_CASE = "lead-camelcase.json";

    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource samples/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}

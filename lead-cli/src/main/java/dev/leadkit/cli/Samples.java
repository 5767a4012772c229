package dev.leadkit.cli;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample leads behind {@code lead sample} and {@code lead demo}: the same names, descriptions and bytes as
 * lead-testing's {@code TestLeads.samples()} (SampleCommandTest holds them equal), shipped in this module so the
 * {@code lead} jar carries no test kit.
 */
final class Samples {
    /** One sample: its name, what it is, and its JSON exactly as shipped. */
    record Sample(String name, String description, byte[] bytes) {
        /** A fresh copy of the JSON bytes. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** The JSON as text. */
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The lead that {@code LeadJson.defaults()} reads from the bytes. */
        Lead lead() {
            return LeadJson.defaults().read(bytes);
        }
    }

    static final List<Sample> ALL = List.of(
            load("documented-2018", "The sample lead of Microsoft's pt-PT guide (December 2018), byte for byte."),
            load("documented-2020", "The sample lead of Microsoft's fr-FR guide (April 2020), byte for byte."),
            load("camel-case", "A lead as real traffic looks: camelCase keys, a composite lead source, non-ASCII"
                    + " names."),
            load("msft-test", "The MSFT_TEST_ lead Partner Center sends when a publisher validates the lead"
                    + " destination."),
            load("action-ins", "A camelCase lead with ActionCode INS: the customer installed or acquired the offer."),
            load("action-plt", "A camelCase lead with ActionCode PLT: a partner-led trial, contact me."),
            load("action-dnc", "A camelCase lead with ActionCode DNC: do not contact the customer."),
            load("action-create", "A camelCase lead with ActionCode Create: a purchase in the Azure portal."),
            load("action-start-test-drive", "A camelCase lead with ActionCode StartTestDrive: a test drive"
                    + " started."));

    private Samples() {
    }

    /** The sample named {@code name}, ignoring case; IllegalArgumentException listing the names if none is. */
    static Sample named(String name) {
        for (Sample sample : ALL) {
            if (sample.name().equalsIgnoreCase(name)) {
                return sample;
            }
        }
        List<String> names = new ArrayList<>();
        ALL.forEach(s -> names.add(s.name()));
        throw new IllegalArgumentException("name must be one of " + names + ": " + name);
    }

    private static Sample load(String name, String description) {
        String resource = "samples/" + name + ".json";
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the lead jar is missing its sample " + resource);
            }
            return new Sample(name, description, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample " + resource, e);
        }
    }
}

package dev.leadkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadSchema;
import dev.leadkit.schema.LeadValidator;
import java.io.IOException;
import java.util.Locale;

/**
 * One cold start: a fresh JVM that handles one lead the way a contender does, prints {@value #READY} and exits.
 * {@link ColdStart} times it from process start to that line. Each contender loads only its own libraries.
 */
public final class ColdStartChild {
    /** The line the parent waits for. */
    public static final String READY = "ready";

    /** The contenders a child can play. */
    public enum Contender {
        /** leadkit: schema check, codec and default rules; no databind, no Bean Validation provider. */
        LEADKIT,
        /** A plain {@code ObjectMapper} bind, nothing checked: the baseline. */
        JACKSON,
        /** networknt on Jackson's tree, {@code treeToValue}, then Hibernate Validator. */
        NETWORKNT_HIBERNATE;

        /** The name on the command line and in the results: {@code networknt-hibernate}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The contender with this {@link #id()}. */
        public static Contender of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private ColdStartChild() {
    }

    /**
     * Handles the documented sample once as the contender named by {@code args[0]}, then prints the ready line.
     *
     * @param args the contender's id
     */
    public static void main(String[] args) throws IOException {
        Lead lead = handle(Contender.of(args[0]), Inputs.bytes(Inputs.SAMPLE_2020));
        if (lead.userDetails() == null) {
            throw new IllegalStateException("the sample lost its user details");
        }
        System.out.println(READY);
    }

    /** What the child does before it is ready: everything from a cold JVM to the first accepted lead. */
    static Lead handle(Contender contender, byte[] doc) throws IOException {
        switch (contender) {
            case LEADKIT:
                return Contenders.leadkitValidated(LeadSchema.latest(), LeadJson.defaults(), LeadValidator.defaults(),
                        doc);
            case JACKSON:
                return Contenders.bareBind(new ObjectMapper(), doc);
            case NETWORKNT_HIBERNATE:
                return Contenders.networkntThenHibernate(new ObjectMapper(), Contenders.networkntSchema(),
                        Contenders.hibernateValidator(), doc);
            default:
                throw new IllegalArgumentException("unknown contender " + contender);
        }
    }
}

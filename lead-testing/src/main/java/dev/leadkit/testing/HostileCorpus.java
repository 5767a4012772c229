package dev.leadkit.testing;

import java.util.List;

/** The hostile payloads of {@link TestLeads#hostile()}, built once on first use. */
final class HostileCorpus {
    static final List<HostilePayload> ALL = build();

    private HostileCorpus() {
    }

    private static List<HostilePayload> build() {
        Corpus corpus = new Corpus();
        HostileSyntax.addTo(corpus);
        HostileEncoding.addTo(corpus);
        HostileShapes.addTo(corpus);
        HostileLimits.addTo(corpus);
        HostileAccepted.addTo(corpus);
        return corpus.build();
    }
}

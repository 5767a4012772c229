package dev.leadkit.testing;

import dev.leadkit.model.LeadJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of the JSON of the first leads of a few sequences, valid and invalid. {@code main} prints it, so a
 * test can compare the digest of another JVM, started with another locale and default charset, with its own.
 */
final class RandomLeadsDigest {
    static final long[] SEEDS = {0, 42, -7, Long.MAX_VALUE};
    static final int LEADS = 300;

    private RandomLeadsDigest() {
    }

    static String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (long seed : SEEDS) {
                for (boolean invalid : new boolean[] {false, true}) {
                    RandomLeads leads = RandomLeads.builder().seed(seed).invalid(invalid).build();
                    leads.stream().limit(LEADS).forEach(lead -> sha.update(LeadJson.defaults().writeBytes(lead)));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static void main(String[] args) {
        System.out.println(digest());
    }
}

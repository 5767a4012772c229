package dev.leadkit.model;

import java.util.Locale;

/**
 * The {@code ActionCode} values Microsoft is known to send. The list is not closed: a lead's
 * {@link Lead#actionCode()} keeps whatever was sent, and {@link #of(String)} answers {@link #UNKNOWN} for a value
 * not listed here.
 */
public enum ActionCode {
    /** {@code INS}: the customer installed or acquired the offer. */
    INSTALL("INS", "the customer installed or acquired the offer"),
    /** {@code PLT}: a partner-led trial; the customer asked to be contacted. */
    PARTNER_LED_TRIAL("PLT", "partner-led trial: the customer asked to be contacted"),
    /** {@code DNC}: do not contact the customer. */
    DO_NOT_CONTACT("DNC", "do not contact the customer"),
    /** {@code Create}: the customer created (purchased) the offer in the Azure portal. */
    CREATE("Create", "the customer created (purchased) the offer in the Azure portal"),
    /** {@code StartTestDrive}: the customer started a test drive. */
    START_TEST_DRIVE("StartTestDrive", "the customer started a test drive"),
    /** A code this version of leadkit does not know; {@link Lead#actionCode()} holds the raw value. */
    UNKNOWN(null, "a code leadkit does not know");

    private final String code;
    private final String meaning;

    ActionCode(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /**
     * The code as Microsoft sends it.
     *
     * @return the code, such as {@code INS}; null for {@link #UNKNOWN}
     */
    public String code() {
        return code;
    }

    /**
     * What the code means, in a short English phrase.
     *
     * @return the meaning
     */
    public String meaning() {
        return meaning;
    }

    /**
     * Looks up a code, ignoring case and surrounding white space.
     *
     * @param code the raw code
     * @return the known value, or {@link #UNKNOWN} (also for null)
     */
    public static ActionCode of(String code) {
        if (code != null) {
            String wanted = code.strip().toLowerCase(Locale.ROOT);
            for (ActionCode known : values()) {
                if (known.code != null && known.code.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return known;
                }
            }
        }
        return UNKNOWN;
    }
}

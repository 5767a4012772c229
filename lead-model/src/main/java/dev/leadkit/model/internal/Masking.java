package dev.leadkit.model.internal;

/**
 * Masks personal data for {@code toString()}, assertion messages and logs: enough to tell two values apart
 * while debugging, not enough to identify anyone.
 */
public final class Masking {
    private Masking() {
    }

    /**
     * Masks a name: its first character, then {@code ***}.
     *
     * @param name the name, may be null
     * @return the masked form, or null for null
     */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        return name.isEmpty() ? "" : firstCodePoint(name) + "***";
    }

    /**
     * Masks an e-mail address, keeping its first character and its domain: {@code s****@contoso.com}.
     *
     * @param email the address, may be null
     * @return the masked form, or null for null
     */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return name(email);
        }
        return firstCodePoint(email) + "****" + email.substring(at);
    }

    /**
     * Masks a phone number, keeping only its last two characters: {@code ***55}.
     *
     * @param phone the number, may be null
     * @return the masked form, or null for null
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() <= 4 ? "***" : "***" + phone.substring(phone.length() - 2);
    }

    private static String firstCodePoint(String s) {
        return new String(Character.toChars(s.codePointAt(0)));
    }
}

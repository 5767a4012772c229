package dev.leadkit.model.internal;

import dev.leadkit.model.UserDetails;

/**
 * The plain functions behind leadkit's custom constraints. Bean Validation's {@code ConstraintValidator}s and
 * leadkit's plain-code checks both call these, so both engines share one definition.
 */
public final class LeadRules {
    /** Message of the e-mail syntax rule. */
    public static final String EMAIL_MESSAGE = "must be a syntactically valid e-mail address";
    /** Message of the contactable rule. */
    public static final String REACHABLE_MESSAGE = "must hold a usable e-mail address or phone number";
    /** Fewest digits a usable phone number has. */
    public static final int MIN_PHONE_DIGITS = 5;

    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_DOMAIN = 253;
    private static final int MAX_LABEL = 63;
    private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

    private LeadRules() {
    }

    /**
     * Whether a string is absent for the rules: null, empty or only whitespace.
     *
     * @param value the value
     * @return true if blank
     */
    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The e-mail syntax rule: blank counts as absent and passes; otherwise {@code local@domain} where the local part
     * is a dot-atom of at most 64 characters (RFC 5322 atext, non-ASCII allowed as RFC 6531 does) and the domain is
     * at most 253 characters of at least two dot-separated labels, each 1 to 63 letters, digits or hyphens (non-ASCII
     * letters allowed), not starting or ending with a hyphen, the last not all digits. No quoted local parts, no
     * address literals, no surrounding whitespace.
     *
     * @param email the value, may be null
     * @return true if blank or a valid address
     */
    public static boolean isEmailSyntax(String email) {
        return isBlank(email) || isEmailAddress(email);
    }

    /**
     * Whether a value is a usable e-mail address: not blank and syntactically valid.
     *
     * @param email the value, may be null
     * @return true if usable
     */
    public static boolean isUsableEmail(String email) {
        return !isBlank(email) && isEmailAddress(email);
    }

    /**
     * Whether a value is a usable phone number: it holds at least {@value #MIN_PHONE_DIGITS} ASCII digits. Phone
     * numbers are free text ({@code 16175555555}, {@code +1 (617) 555-5555}), so nothing else is checked.
     *
     * @param phone the value, may be null
     * @return true if usable
     */
    public static boolean isUsablePhone(String phone) {
        if (phone == null) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < phone.length() && digits < MIN_PHONE_DIGITS; i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits >= MIN_PHONE_DIGITS;
    }

    /**
     * The contactable rule: the details exist and hold a usable e-mail address or phone number.
     *
     * @param details the details, may be null (not contactable)
     * @return true if contactable
     */
    public static boolean isReachable(UserDetails details) {
        return details != null && (isUsableEmail(details.email()) || isUsablePhone(details.phone()));
    }

    private static boolean isEmailAddress(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            return false;
        }
        return isLocalPart(email, 0, at) && isDomain(email, at + 1, email.length());
    }

    private static boolean isLocalPart(String s, int from, int to) {
        if (to - from > MAX_LOCAL_PART || s.charAt(from) == '.' || s.charAt(to - 1) == '.') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean ok = c == '.' ? s.charAt(i - 1) != '.' : isAtext(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAtext(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ATEXT_SYMBOLS.indexOf(c) >= 0
                || isNonAsciiText(c);
    }

    private static boolean isDomain(String s, int from, int to) {
        if (to - from > MAX_DOMAIN) {
            return false;
        }
        int labels = 0;
        int start = from;
        boolean lastAllDigits = false;
        for (int i = from; i <= to; i++) {
            if (i < to && s.charAt(i) != '.') {
                continue;
            }
            if (!isLabel(s, start, i)) {
                return false;
            }
            lastAllDigits = allDigits(s, start, i);
            labels++;
            start = i + 1;
        }
        return labels >= 2 && !lastAllDigits;
    }

    private static boolean isLabel(String s, int from, int to) {
        if (to == from || to - from > MAX_LABEL || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
                    || isNonAsciiText(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Non-ASCII characters that can appear in internationalised addresses: not controls, spaces or separators. */
    private static boolean isNonAsciiText(char c) {
        if (c < 0x80) {
            return false;
        }
        int type = Character.getType(c);
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
    }
}

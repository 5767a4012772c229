package dev.leadkit.model.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The one rule for numbers, shared by reading, by the records' canonical copies and by the schema check: a JSON
 * number is held as {@code Long} if it is an integer in the long range, {@code BigInteger} if it is a larger
 * integer, and otherwise as the {@code BigDecimal} of its exact digits and scale. An integer is a number whose
 * {@code BigDecimal} scale is 0 ({@code 5}, {@code 5e0}, {@code 0.5e1}). A number whose scale (digits after the
 * point minus the exponent) lies outside {@code ±}{@value #MAX_SCALE} is out of range: leadkit refuses it rather
 * than round it or fail later, since Java's {@code BigDecimal} cannot hold some such numbers and printing others
 * back would need an exponent that does not fit an {@code int}.
 *
 * <p>Any Java number is made canonical by this same rule applied to its shortest decimal text
 * ({@code Double.toString}, {@code Float.toString}, {@code BigDecimal.toString}), so a value equals what reading
 * its written form gives, whatever type it came in as.
 */
public final class JsonNumbers {
    /** The largest magnitude of a number's scale that leadkit reads: {@value}. */
    public static final int MAX_SCALE = 999_999_999;

    private static final int LONG_DIGITS = 18;

    private JsonNumbers() {
    }

    /**
     * Whether a number's text is within the range leadkit reads; false for text that is not a JSON number.
     *
     * @param text the JSON number text
     * @return true if {@link #parse} accepts it
     */
    public static boolean inRange(CharSequence text) {
        return scale(text) != Long.MIN_VALUE;
    }

    /**
     * The canonical value of a JSON number's text.
     *
     * @param text a JSON number (RFC 8259 grammar) or the decimal text Java prints for a number, such as
     *     {@code 1.0E+20}
     * @return a {@code Long}, {@code BigInteger} or {@code BigDecimal}
     * @throws ArithmeticException if the number is out of range (see the class documentation)
     * @throws NumberFormatException if the text is not a number
     */
    public static Object parse(String text) {
        long scale = scale(text);
        if (scale == Long.MIN_VALUE) {
            if (!isNumber(text)) {
                throw new NumberFormatException("not a JSON number");
            }
            throw new ArithmeticException("expected a number whose scale is within +-" + MAX_SCALE
                    + " but found one beyond");
        }
        boolean plainInteger = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        if (plainInteger) {
            int digits = text.length() - (text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0);
            return digits <= LONG_DIGITS ? (Object) Long.parseLong(text) : integer(new BigInteger(text));
        }
        BigDecimal decimal = new BigDecimal(text);
        return decimal.scale() == 0 ? integer(decimal.unscaledValue()) : decimal;
    }

    /**
     * The canonical value of any Java number, by {@link #parse} of its decimal text.
     *
     * @param n the number
     * @return a {@code Long}, {@code BigInteger} or {@code BigDecimal}
     * @throws IllegalArgumentException if it is NaN, infinite, out of range or of a type without a decimal text
     */
    public static Object canonical(Number n) {
        if (n instanceof Long) {
            return n;
        }
        String text;
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        } else if (n instanceof BigInteger || n instanceof BigDecimal) {
            text = n.toString();
        } else if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("a number must be finite to have a JSON form: " + d);
            }
            text = n.toString(); // the shortest text that reads back as the same double or float
        } else {
            throw new IllegalArgumentException("a number must be a Long, Integer, Short, Byte, BigInteger,"
                    + " BigDecimal, Double or Float: " + n.getClass().getName());
        }
        try {
            return parse(text);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a number's scale must be within +-" + MAX_SCALE
                    + " (digits after the point minus the exponent)", e);
        }
    }

    private static Object integer(BigInteger big) {
        return big.bitLength() < Long.SIZE ? (Object) big.longValue() : big;
    }

    private static boolean isNumber(CharSequence text) {
        return scan(text) != null;
    }

    /** The scale the text's BigDecimal would have, or Long.MIN_VALUE if out of range or not a number. */
    private static long scale(CharSequence text) {
        long[] parts = scan(text);
        if (parts == null) {
            return Long.MIN_VALUE;
        }
        long fractionDigits = parts[0];
        long exponent = parts[1];
        if (exponent == Long.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        long scale = fractionDigits - exponent;
        return Math.abs(scale) > MAX_SCALE ? Long.MIN_VALUE : scale;
    }

    /** {fraction digits, exponent (Long.MIN_VALUE if it has over 12 significant digits)}, or null. */
    private static long[] scan(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int intStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        boolean hasInt = i > intStart;
        long fraction = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int fractionStart = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            fraction = i - fractionStart;
        }
        if (!hasInt && fraction == 0) {
            return null;
        }
        long exponent = 0;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean negative = false;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                negative = s.charAt(i) == '-';
                i++;
            }
            int expStart = i;
            while (i < n && s.charAt(i) == '0') {
                i++;
            }
            int significant = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return null;
            }
            if (i - significant > 12) {
                exponent = Long.MIN_VALUE;
            } else {
                for (int k = significant; k < i; k++) {
                    exponent = exponent * 10 + (s.charAt(k) - '0');
                }
                exponent = negative ? -exponent : exponent;
            }
        }
        return i == n ? new long[] {fraction, exponent} : null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

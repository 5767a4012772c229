package dev.leadkit.gen;

import dev.leadkit.model.Lead;
import dev.leadkit.model.UserDetails;
import dev.leadkit.model.internal.FieldNames;
import dev.leadkit.model.internal.Utf8;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeded generators for the codec's laws: leads of any Unicode text, unknown properties of every JSON type and of
 * every Java number type a caller or a mapper puts in, and the hostile number forms of issue 10. The same seed gives
 * the same values, so a failing case is reproduced from the seed in the test's name.
 */
public final class Gen {
    private static final String[] FIXED = {"", " ", "\n", "MSFT_TEST_1234", "someone@contoso.com", "Zoë 😀 東京"};

    private Gen() {
    }

    /**
     * Seeds for a parameterized test.
     *
     * @param count how many
     * @return {@code count} fixed seeds
     */
    public static Stream<Long> seeds(int count) {
        return LongStream.range(0, count).map(i -> 0x1EAD_0000L + i * 7919).boxed();
    }

    /** Any text: all of UTF-16 (unpaired surrogates included), ASCII, or a fixed tricky value. */
    public static String text(SplittableRandom r) {
        switch (r.nextInt(3)) {
            case 0: {
                char[] chars = new char[r.nextInt(41)];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = (char) (r.nextBoolean() ? r.nextInt(0x80) : r.nextInt(0x10000));
                }
                return new String(chars);
            }
            case 1: {
                char[] chars = new char[r.nextInt(21)];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = (char) (' ' + r.nextInt(95));
                }
                return new String(chars);
            }
            default:
                return FIXED[r.nextInt(FIXED.length)];
        }
    }

    /** Text with a UTF-8 form (no unpaired surrogate), as a property name must be. */
    public static String name(SplittableRandom r) {
        String s = r.nextInt(4) == 0 ? new String[] {"utm_source", "", "Email ", "user details", "a/b~c"}[r.nextInt(5)]
                : text(r);
        return Utf8.firstUnpairedSurrogate(s) >= 0 ? "k" + s.length() : s;
    }

    static String optionalText(SplittableRandom r) {
        return r.nextInt(10) < 3 ? null : text(r);
    }

    /** A number as a caller or a mapper may hand one in: every Java type leadkit accepts. */
    public static Number number(SplittableRandom r) {
        switch (r.nextInt(9)) {
            case 0:
                return r.nextLong();
            case 1:
                return r.nextInt();
            case 2:
                return new BigInteger(70 + r.nextInt(60), new java.util.Random(r.nextLong()));
            case 3:
                return new BigDecimal(new BigInteger(100, new java.util.Random(r.nextLong())), r.nextInt(61) - 30);
            case 4:
                // a Double with an integral value, as a mapper gives for -4.64776462346E11
                return (double) (r.nextLong() >> r.nextInt(64)) * (r.nextBoolean() ? 1 : 10);
            case 5:
                return Double.longBitsToDouble(r.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL) * (r.nextBoolean() ? 1 : -1);
            case 6:
                return Float.intBitsToFloat(r.nextInt() & 0x7F7F_FFFF);
            case 7:
                return new BigDecimal(BigInteger.valueOf(r.nextLong()), 0); // scale 0: an integer
            default:
                return r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
        }
    }

    /** A plain JSON value as a caller may put it into {@code additionalProperties}, nested up to {@code depth}. */
    public static Object jsonValue(SplittableRandom r, int depth) {
        int pick = r.nextInt(depth == 0 ? 10 : 12);
        switch (pick) {
            case 0:
            case 1:
            case 2:
                return text(r);
            case 3:
            case 4:
            case 5:
                return number(r);
            case 6:
                return r.nextBoolean();
            case 7:
                return null;
            case 8:
            case 9:
                return r.nextBoolean() ? Boolean.FALSE : "";
            case 10: {
                List<Object> list = new ArrayList<>();
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    list.add(jsonValue(r, depth - 1));
                }
                return list;
            }
            default:
                return members(r, depth - 1, List.of());
        }
    }

    /** Members in generated order, their names standing for no documented name. */
    public static Map<String, Object> members(SplittableRandom r, int depth, List<String> documented) {
        Map<String, Object> map = new LinkedHashMap<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            String key = name(r);
            if (FieldNames.indexOf(documented, key) < 0) {
                map.put(key, jsonValue(r, depth));
            }
        }
        return map;
    }

    public static UserDetails userDetails(SplittableRandom r) {
        return new UserDetails(optionalText(r), optionalText(r), optionalText(r), optionalText(r), optionalText(r),
                optionalText(r), optionalText(r), members(r, 2, FieldNames.USER_DETAILS));
    }

    /** A lead: any text, no, empty or full details, unknown properties of every type. */
    public static Lead lead(SplittableRandom r) {
        UserDetails details = r.nextInt(5) == 0 ? null : r.nextInt(5) == 0
                ? new UserDetails(null, null, null, null, null, null, null, null) : userDetails(r);
        return new Lead(optionalText(r), optionalText(r), optionalText(r), optionalText(r), details,
                members(r, 3, FieldNames.LEAD));
    }

    /**
     * A number the JSON grammar allows whose exponent or scale does not fit an {@code int}: the class of
     * {@code 1e2147483648}, {@code 1e-2147483649}, {@code 0.1e-2147483648}, {@code 1e9999999999} and exponents of a
     * hundred digits.
     */
    public static String hugeExponent(SplittableRandom r) {
        String[] mantissas = {"1", "0.1", "-12.5", "0.4", "9", "-0", "123456789.000", "1.0"};
        String mantissa = mantissas[r.nextInt(mantissas.length)];
        String exponent;
        switch (r.nextInt(5)) {
            case 0:
                exponent = Long.toString(2147483648L + r.nextInt(1000));
                break;
            case 1:
                exponent = "-" + (2147483649L + r.nextInt(1000));
                break;
            case 2:
                exponent = Long.toString(1_000_000_000L + r.nextInt(2_000_000_000));
                break;
            case 3: {
                char[] digits = new char[20 + r.nextInt(100)];
                for (int i = 0; i < digits.length; i++) {
                    digits[i] = (char) ('0' + r.nextInt(10));
                }
                digits[0] = (char) ('1' + r.nextInt(9));
                exponent = new String(digits);
                break;
            }
            default:
                exponent = "-" + (1_000_000_001L + r.nextInt(1_500_000_000));
        }
        String sign = exponent.startsWith("-") ? "" : new String[] {"", "+"}[r.nextInt(2)];
        String zeros = "0".repeat(r.nextInt(3));
        if (exponent.startsWith("-")) {
            exponent = "-" + zeros + exponent.substring(1);
        } else {
            exponent = zeros + exponent;
        }
        return mantissa + (r.nextBoolean() ? "e" : "E") + sign + exponent;
    }

    /** A well-formed lead document with {@code value} as the raw JSON text of a member somewhere; its pointer. */
    public static String[] placed(SplittableRandom r, String value) {
        String email = "\"Email\":\"someone@contoso.com\"";
        switch (r.nextInt(6)) {
            case 0:
                return new String[] {"{\"UserDetails\":{" + email + "},\"X\":" + value + "}", "/X"};
            case 1:
                return new String[] {"{\"UserDetails\":{" + email + ",\"Extra\":" + value + "}}",
                        "/UserDetails/Extra"};
            case 2:
                return new String[] {"{\"a\":{\"b\":[1,{\"c\":" + value + "}]}}", "/a/b/1/c"};
            case 3:
                return new String[] {"{\"userDetails\":{\"email\":" + value + "}}", "/userDetails/email"};
            case 4:
                return new String[] {"{\"OfferTitle\":" + value + "}", "/OfferTitle"};
            default:
                return new String[] {"{\"list\":[" + value + "]}", "/list/0"};
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] concat(byte[]... parts) {
        byte[] out = new byte[0];
        for (byte[] p : parts) {
            int at = out.length;
            out = Arrays.copyOf(out, at + p.length);
            System.arraycopy(p, 0, out, at, p.length);
        }
        return out;
    }
}

package dev.leadkit.testing;

import dev.leadkit.model.Lead;
import dev.leadkit.model.UserDetails;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws one random lead from {@link LeadPools}. Valid under the default rules by construction: every e-mail address
 * is blank or syntactically valid and every field fits its default size limit. Stateless; the caller owns the
 * {@link SplitMix}.
 */
final class LeadGenerator {
    /**
     * The default size limits of every documented field but the description, and of the description (lead-model's
     * internal {@code LeadLimits.TEXT} and {@code DESCRIPTION}; a test holds them equal). Repeated because this module
     * reads exported API only.
     */
    static final int TEXT_LIMIT = 1024;
    static final int DESCRIPTION_LIMIT = 32_000;
    /** Field names as the size defect and long values pick them. */
    private static final List<String> LONG_FIELDS = List.of("OfferTitle", "LeadSource", "Description", "FirstName",
            "LastName", "Company", "Title", "Country", "Phone");

    private LeadGenerator() {
    }

    static Lead valid(SplitMix r) {
        Lead.Builder lead = Lead.builder();
        String action = r.percent(90) ? r.pick(LeadPools.ACTION_CODES) : null;
        lead.actionCode(action);
        lead.offerTitle(optional(r, r.pick(LeadPools.OFFER_TITLES)));
        lead.leadSource(optional(r, leadSource(r, action)));
        lead.description(optional(r, r.pick(LeadPools.DESCRIPTIONS)));
        if (r.percent(92)) {
            lead.userDetails(details(r));
        }
        if (r.percent(35)) {
            lead.additionalProperties(extras(r, LeadPools.ROOT_EXTRA_NAMES, r.between(1, 4)));
        }
        if (r.percent(3)) {
            testLead(r, lead);
        }
        if (r.percent(5)) {
            String field = r.pick(LONG_FIELDS);
            int max = limit(field);
            set(lead, field, longText(r, r.between(Math.min(max, 256), max)));
        }
        return lead.build();
    }

    /** A valid lead with exactly one broken default rule: a bad e-mail address, or one field over its limit. */
    static Lead invalid(SplitMix r) {
        Lead.Builder lead = valid(r).toBuilder();
        if (r.percent(50)) {
            String bad = r.pick(LeadPools.BAD_EMAILS);
            lead.userDetails(d -> d.email(bad));
        } else {
            String field = r.pick(LONG_FIELDS);
            set(lead, field, longText(r, limit(field) + r.between(1, 100)));
        }
        return lead.build();
    }

    private static UserDetails details(SplitMix r) {
        UserDetails.Builder d = UserDetails.builder();
        String domain = r.pick(LeadPools.EMAIL_DOMAINS);
        boolean edu = r.percent(4);
        if (edu) {
            // .edu addresses arrive without personal data (domain notes).
            d.email(r.pick(LeadPools.EMAIL_LOCAL_PARTS) + "@university.edu");
        } else {
            List<String> name = r.pick(LeadPools.NAMES);
            d.firstName(optional(r, name.get(0)));
            d.lastName(optional(r, name.get(1)));
            d.email(r.percent(88) ? email(r, domain) : r.pick(List.of("", " ")));
            d.phone(optional(r, r.pick(LeadPools.PHONES)));
            d.title(optional(r, r.pick(LeadPools.TITLES)));
        }
        d.country(optional(r, r.pick(LeadPools.COUNTRIES)));
        d.company(optional(r, r.pick(LeadPools.COMPANIES)));
        if (r.percent(25)) {
            d.additionalProperties(extras(r, LeadPools.DETAILS_EXTRA_NAMES, r.between(1, 3)));
        }
        return d.build();
    }

    private static String email(SplitMix r, String domain) {
        String local = r.pick(LeadPools.EMAIL_LOCAL_PARTS);
        return (r.percent(30) ? local + r.nextInt(1000) : local) + "@" + domain;
    }

    private static String leadSource(SplitMix r, String action) {
        if (r.percent(45)) {
            String code = action == null || action.isEmpty() ? "INS" : action;
            return r.pick(LeadPools.COMPOSITE_SOURCES) + "-" + code + "|" + r.pick(LeadPools.OFFER_IDS);
        }
        return r.pick(LeadPools.PLAIN_SOURCES);
    }

    /** Mostly the value; sometimes absent (null) or an empty string. */
    private static String optional(SplitMix r, String value) {
        int roll = r.nextInt(100);
        return roll < 7 ? null : roll < 9 ? "" : value;
    }

    private static void testLead(SplitMix r, Lead.Builder lead) {
        String marker = Lead.TEST_MARKER + Long.toString(636_000_000_000_000_000L + r.nextInt(1_000_000_000));
        lead.leadSource(marker).offerTitle(marker).userDetails(d -> d.firstName(marker).lastName(marker)
                .email(marker + "@test.com").phone("1234567890").country("US"));
    }

    /** Several properties the schema does not name, cycling through every JSON type. */
    private static Map<String, Object> extras(SplitMix r, List<String> names, int count) {
        Map<String, Object> out = new LinkedHashMap<>();
        int type = r.nextInt(8);
        for (int i = 0; i < count; i++) {
            out.put(r.pick(names), value(r, (type + i) % 8, 2));
        }
        return out;
    }

    private static Object value(SplitMix r, int type, int depth) {
        switch (type) {
            case 0:
                return r.pick(LeadPools.EXTRA_STRINGS);
            case 1:
                return r.nextLong() >> r.nextInt(64);
            case 2:
                return BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(r.nextInt(1_000_000) + 1L));
            case 3:
                return BigDecimal.valueOf(r.nextLong() >> 20, r.between(1, 9));
            case 4:
                return r.percent(50);
            case 5:
                return null;
            case 6: {
                List<Object> list = new ArrayList<>();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    list.add(value(r, depth > 0 ? r.nextInt(8) : r.nextInt(6), depth - 1));
                }
                return list;
            }
            default: {
                Map<String, Object> map = new LinkedHashMap<>();
                int n = r.nextInt(3);
                for (int i = 0; i < n; i++) {
                    map.put("k" + i, value(r, depth > 0 ? r.nextInt(8) : r.nextInt(6), depth - 1));
                }
                return map;
            }
        }
    }

    /** Text of exactly {@code length} UTF-16 chars, never ending in half a surrogate pair. */
    static String longText(SplitMix r, int length) {
        StringBuilder out = new StringBuilder(length + 16);
        while (out.length() < length) {
            out.append(r.pick(LeadPools.WORDS)).append(' ');
        }
        out.setLength(length);
        if (Character.isHighSurrogate(out.charAt(length - 1))) {
            out.setCharAt(length - 1, '.');
        }
        return out.toString();
    }

    private static int limit(String field) {
        return field.equals("Description") ? DESCRIPTION_LIMIT : TEXT_LIMIT;
    }

    private static void set(Lead.Builder lead, String field, String value) {
        switch (field) {
            case "OfferTitle":
                lead.offerTitle(value);
                break;
            case "LeadSource":
                lead.leadSource(value);
                break;
            case "Description":
                lead.description(value);
                break;
            case "FirstName":
                lead.userDetails(d -> d.firstName(value));
                break;
            case "LastName":
                lead.userDetails(d -> d.lastName(value));
                break;
            case "Company":
                lead.userDetails(d -> d.company(value));
                break;
            case "Title":
                lead.userDetails(d -> d.title(value));
                break;
            case "Country":
                lead.userDetails(d -> d.country(value));
                break;
            default:
                lead.userDetails(d -> d.phone(value));
                break;
        }
    }
}

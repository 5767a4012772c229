package dev.leadkit.receiver;

import java.util.Locale;

/** Decides whether a {@code Content-Type} header announces JSON that a lead can be read from. */
final class MediaTypes {
    private MediaTypes() {
    }

    /**
     * Whether the header is acceptable: absent or blank (read as JSON: a lost lead costs more than a guess), or
     * {@code application/json} or any {@code +json} type (RFC 6839), with no charset or a UTF-8 one. Parameters
     * other than {@code charset} are ignored; anything that does not parse as a media type is refused.
     */
    static boolean acceptsJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String[] parts = contentType.split(";", -1);
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash <= 0 || slash == type.length() - 1 || type.indexOf('/', slash + 1) >= 0) {
            return false;
        }
        String subtype = type.substring(slash + 1);
        if (!type.startsWith("application/") || !(subtype.equals("json") || subtype.endsWith("+json"))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.isEmpty()) {
                continue; // "application/json;" is sloppy but unambiguous
            }
            int eq = parameter.indexOf('=');
            if (eq <= 0) {
                return false;
            }
            String name = parameter.substring(0, eq).strip();
            if (name.equalsIgnoreCase("charset") && !isUtf8(unquote(parameter.substring(eq + 1).strip()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(String charset) {
        return charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}

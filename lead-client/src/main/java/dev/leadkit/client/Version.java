package dev.leadkit.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * leadkit's version, from {@code version.properties}, which Maven fills in at build time; {@code unknown} if the
 * resource is missing or was not filtered (a build outside Maven), rather than failing the client.
 */
final class Version {
    static final String VALUE = read();

    private Version() {
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            return version.isEmpty() || version.contains("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}

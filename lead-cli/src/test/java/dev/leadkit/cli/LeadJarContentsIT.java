package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar is a production artifact: it carries the command's own samples, and no part of the test kit (no
 * mock endpoint, no test private key or certificate, no hostile corpus), nor JUnit or AssertJ.
 */
class LeadJarContentsIT {
    @Test
    void holdsNoTestKitNoKeyAndTheCommandsOwnSamples() throws IOException {
        List<String> names;
        try (ZipFile jar = new ZipFile(System.getProperty("lead.jar"))) {
            names = jar.stream().map(ZipEntry::getName).toList();
        }
        assertThat(names).as("entries of lead.jar").isNotEmpty()
                .noneMatch(n -> n.startsWith("dev/leadkit/testing/"))
                .noneMatch(n -> n.endsWith(".pem") || n.endsWith(".p12") || n.endsWith(".jks") || n.endsWith(".key"))
                .noneMatch(n -> n.contains("MockLeadEndpoint") || n.contains("Hostile"))
                .noneMatch(n -> n.startsWith("org/junit/") || n.startsWith("org/assertj/"))
                .contains("dev/leadkit/cli/Main.class", "dev/leadkit/cli/samples/documented-2020.json",
                        "dev/leadkit/cli/samples/camel-case.json");
    }
}

package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import dev.leadkit.model.Lead;
import dev.leadkit.schema.LeadSchema;
import jakarta.validation.Valid;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A command line that uses {@code TestLeads} (the CLI's {@code lead sample}) runs with lead-testing, lead-model,
 * lead-schema and Jackson alone: JUnit and AssertJ are optional dependencies and must stay so.
 */
class WithoutTestFrameworksTest {
    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    @Test
    void testLeadsWorksWithoutJUnitOrAssertJOnTheClassPath() throws Exception {
        URL[] path = {location(TestLeads.class), location(Lead.class), location(LeadSchema.class),
                location(JsonFactory.class), location(JsonProperty.class), location(Valid.class)};
        try (URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
            Class<?> testLeads = loader.loadClass(TestLeads.class.getName());
            Method samples = testLeads.getMethod("samples");
            Method random = testLeads.getMethod("random", long.class);
            Method hostile = testLeads.getMethod("hostile");

            assertThat((List<?>) samples.invoke(null)).hasSize(9);
            assertThat(random.invoke(null, 42L)).hasToString(TestLeads.random(42).toString());
            assertThat((List<?>) hostile.invoke(null)).hasSameSizeAs(TestLeads.hostile());
            assertThatThrownBy(() -> loader.loadClass("org.junit.jupiter.api.Test"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> loader.loadClass("org.assertj.core.api.Assertions"))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }
}

package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The default path never starts Hibernate Validator: in a fresh class loader over the test class path, validating
 * with {@code LeadValidator.defaults()} loads no {@code org.hibernate.validator} class, while Bean Validation mode in
 * another fresh loader does (which proves the observation works).
 */
class DefaultPathLoadsNoHibernateValidatorTest {
    private static final String SAMPLE = "{\"UserDetails\":{\"Email\":\"bad@\",\"Phone\":\"16175555555\"}}";

    @Test
    void plainPathLoadsNoHibernateValidatorClass() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            Object report = validate(loader, false);
            assertThat(report.toString()).contains("[email]");
            assertThat(loader.loaded).contains("dev.leadkit.schema.LeadValidator", "dev.leadkit.schema.PlainRules")
                    .noneMatch(name -> name.startsWith("org.hibernate.validator"))
                    .doesNotContain("dev.leadkit.schema.BeanValidation");
        }
    }

    @Test
    void beanValidationPathDoesLoadHibernateValidator() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            Object report = validate(loader, true);
            assertThat(report.toString()).contains("[email]");
            assertThat(loader.loaded).anyMatch(name -> name.startsWith("org.hibernate.validator"));
        }
    }

    /** Reads a lead and validates it, all through reflection on classes of the isolated loader. */
    private static Object validate(ClassLoader loader, boolean beanValidation) throws Exception {
        Class<?> json = loader.loadClass("dev.leadkit.model.LeadJson");
        Class<?> lead = loader.loadClass("dev.leadkit.model.Lead");
        Class<?> validatorClass = loader.loadClass("dev.leadkit.schema.LeadValidator");
        Object codec = json.getMethod("defaults").invoke(null);
        Object read = json.getMethod("read", String.class).invoke(codec, SAMPLE);
        Object validator;
        if (beanValidation) {
            Object builder = validatorClass.getMethod("builder").invoke(null);
            Method use = builder.getClass().getMethod("useBeanValidation");
            validator = builder.getClass().getMethod("build").invoke(use.invoke(builder));
        } else {
            validator = validatorClass.getMethod("defaults").invoke(null);
        }
        return validatorClass.getMethod("validate", lead).invoke(validator, read);
    }

    /** A child-first view of the test class path that records every class it defines. */
    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        RecordingLoader() throws Exception {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> found = super.findClass(name);
            loaded.add(name);
            return found;
        }

        private static URL[] classPath() throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(new URL[0]);
        }
    }
}

package dev.leadkit.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ModifierSupport;

/**
 * The JUnit 5 extension behind {@link InjectEndpoint}: starts a {@link MockLeadEndpoint} for each annotated field
 * and parameter, and closes it when its scope ends. Usually registered through {@code @InjectEndpoint}; registering
 * it with {@code @ExtendWith(MockLeadEndpointExtension.class)} also makes every {@code MockLeadEndpoint} parameter
 * resolvable, over HTTP unless the parameter says otherwise. The deprecated {@code @MockEndpoint} works the same.
 *
 * <p>Scopes: static fields and {@code @BeforeAll}/{@code @AfterAll} parameters share one endpoint per class; instance
 * fields share one per test, or one per class under {@code @TestInstance(PER_CLASS)}; other parameters, one per
 * test. Endpoints of one scope with the same settings are the same endpoint. Each is closed after its scope, after
 * your own {@code @AfterEach} or {@code @AfterAll} methods, even when the test failed; the endpoints are also held
 * as {@code AutoCloseable} values of the extension context store, which JUnit closes if a scope ends early.
 *
 * <p>Stateless and thread-safe, so tests may run in parallel.
 */
@SuppressWarnings("removal") // reads the deprecated @MockEndpoint as long as it exists
public final class MockLeadEndpointExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MockLeadEndpointExtension.class);

    /** Creates the extension; JUnit does this. */
    public MockLeadEndpointExtension() {
    }

    /** Injects static fields, and the instance fields of a {@code PER_CLASS} test instance. */
    @Override
    public void beforeAll(ExtensionContext context) {
        inject(context, context.getRequiredTestClass(), null);
        if (isPerClass(context)) {
            inject(context, context.getRequiredTestClass(), context.getRequiredTestInstance());
        }
    }

    /** Injects the instance fields of each test instance (outer ones of {@code @Nested} tests too) made per test. */
    @Override
    public void beforeEach(ExtensionContext context) {
        List<Object> perClass = new ArrayList<>();
        for (ExtensionContext c = context; c.getParent().isPresent(); c = c.getParent().get()) {
            if (c.getTestMethod().isEmpty() && isPerClass(c)) {
                c.getTestInstance().ifPresent(perClass::add);
            }
        }
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            if (perClass.stream().noneMatch(i -> i == instance)) {
                inject(context, instance.getClass(), instance);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeAll(context);
    }

    /** Supports every parameter of type {@link MockLeadEndpoint}. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MockLeadEndpoint.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        boolean https = parameter.findAnnotation(InjectEndpoint.class).map(InjectEndpoint::https)
                .or(() -> parameter.findAnnotation(MockEndpoint.class).map(MockEndpoint::https))
                .orElseGet(() -> classSetting(context).orElse(false));
        return endpoint(context, https);
    }

    /** Constructor parameters get the endpoint of the test about to run, not one of the class. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    private static boolean isPerClass(ExtensionContext context) {
        return context.getTestInstanceLifecycle().orElse(null) == TestInstance.Lifecycle.PER_CLASS;
    }

    /** Static fields when {@code instance} is null, else that instance's fields. */
    private static void inject(ExtensionContext context, Class<?> type, Object instance) {
        Predicate<Field> scope = instance == null ? ModifierSupport::isStatic : ModifierSupport::isNotStatic;
        Set<Field> fields = new LinkedHashSet<>(AnnotationSupport.findAnnotatedFields(type, InjectEndpoint.class,
                scope));
        fields.addAll(AnnotationSupport.findAnnotatedFields(type, MockEndpoint.class, scope));
        for (Field field : fields) {
            InjectEndpoint inject = field.getAnnotation(InjectEndpoint.class);
            String annotation = inject != null ? "@InjectEndpoint" : "@MockEndpoint";
            if (field.getType() != MockLeadEndpoint.class || Modifier.isFinal(field.getModifiers())) {
                throw new ExtensionConfigurationException(annotation + " field " + field.getDeclaringClass()
                        .getName() + "." + field.getName() + " must be a non-final MockLeadEndpoint: "
                        + (Modifier.isFinal(field.getModifiers()) ? "final " : "") + field.getType().getName());
            }
            boolean https = inject != null ? inject.https() : field.getAnnotation(MockEndpoint.class).https();
            try {
                field.setAccessible(true);
                field.set(instance, endpoint(context, https));
            } catch (IllegalAccessException | RuntimeException e) {
                throw new ExtensionConfigurationException("cannot set " + annotation + " field "
                        + field.getDeclaringClass().getName() + "." + field.getName(), e);
            }
        }
    }

    /** The {@code https} setting of the test class's (or an enclosing class's) annotation, if any. */
    private static Optional<Boolean> classSetting(ExtensionContext context) {
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            Class<?> annotated = c;
            Optional<Boolean> found = AnnotationSupport.findAnnotation(annotated, InjectEndpoint.class)
                    .map(InjectEndpoint::https)
                    .or(() -> AnnotationSupport.findAnnotation(annotated, MockEndpoint.class)
                            .map(MockEndpoint::https));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static MockLeadEndpoint endpoint(ExtensionContext context, boolean https) {
        Key key = new Key(context.getUniqueId(), https);
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(key, k -> new Started(k.https ? MockLeadEndpoint.startHttps()
                        : MockLeadEndpoint.startHttp()), Started.class)
                .endpoint;
    }

    private static void closeAll(ExtensionContext context) {
        for (boolean https : new boolean[] {false, true}) {
            Started started = context.getStore(NAMESPACE).remove(new Key(context.getUniqueId(), https), Started.class);
            if (started != null) {
                started.close();
            }
        }
    }

    /** One scope's endpoint per setting; the context id keeps a child scope from reusing its parent's. */
    private record Key(String contextId, boolean https) {
    }

    /** An endpoint in the store; JUnit closes {@code AutoCloseable} store values when their scope ends. */
    private static final class Started implements AutoCloseable {
        final MockLeadEndpoint endpoint;

        Started(MockLeadEndpoint endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        public void close() {
            endpoint.close();
        }
    }
}

package dev.leadkit.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a running {@link MockLeadEndpoint} into a JUnit 5 test and closes it afterwards, through
 * {@link MockLeadEndpointExtension}. The annotation says what happens; the field or parameter type,
 * {@code MockLeadEndpoint}, is the server.
 *
 * <pre>{@code
 * class MyReceiverTest {
 *     @InjectEndpoint(https = true)
 *     MockLeadEndpoint crm;              // a fresh endpoint for each test
 *
 *     @Test
 *     void forwardsTheLead() { ... crm.uri() ... crm.takeRequest() ... }
 * }
 * }</pre>
 *
 * <p>Where it goes:
 * <ul>
 * <li>on an instance field of type {@code MockLeadEndpoint}: a fresh endpoint for each test, or one for the whole
 *     class when the class uses {@code @TestInstance(PER_CLASS)};</li>
 * <li>on a static field: one endpoint for the whole class;</li>
 * <li>on a parameter of type {@code MockLeadEndpoint} of a test, {@code @BeforeEach} or {@code @AfterEach} method
 *     or of the constructor: one endpoint per test; of a {@code @BeforeAll} or {@code @AfterAll} method: one per
 *     class;</li>
 * <li>on the test class: registers the extension, so every parameter of type {@code MockLeadEndpoint} is resolved
 *     (with this annotation's settings unless the parameter has its own).</li>
 * </ul>
 * Within one test, every field and parameter with the same settings gets the same endpoint. Every endpoint is
 * closed when its scope ends (after the test, or after the class), whether the test passed or not.
 */
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MockLeadEndpointExtension.class)
public @interface InjectEndpoint {
    /**
     * Whether the endpoint speaks HTTPS with the shipped test certificate ({@link MockLeadEndpoint#startHttps()})
     * rather than plain HTTP. Default false.
     *
     * @return true for HTTPS
     */
    boolean https() default false;
}

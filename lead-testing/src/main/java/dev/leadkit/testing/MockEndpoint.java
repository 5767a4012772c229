package dev.leadkit.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test a running {@link MockLeadEndpoint} and closes it afterwards, through
 * {@link MockLeadEndpointExtension}: the former name of {@link InjectEndpoint}, which it still works as.
 *
 * @deprecated named too closely to the server it injects, {@code MockLeadEndpoint}, for a reader to tell the
 *     two apart; use {@link InjectEndpoint}, which means the same. This name is removed in the release after
 *     0.1.0.
 *
 * <pre>{@code
 * class MyReceiverTest {
 *     @MockEndpoint(https = true)
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
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface MockEndpoint {
    /**
     * Whether the endpoint speaks HTTPS with the shipped test certificate ({@link MockLeadEndpoint#startHttps()})
     * rather than plain HTTP. Default false.
     *
     * @return true for HTTPS
     */
    boolean https() default false;
}

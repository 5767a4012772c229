package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

/**
 * The module carries META-INF/jandex.idx, the build-time index Quarkus reads: without it Quarkus validates no
 * class of lead-model and silently skips the cascade of {@code @Valid Lead} into {@code UserDetails}.
 */
class JandexIndexTest {
    @Test
    void theIndexHoldsTheConstrainedRecordsAndTheirValidators() throws IOException, URISyntaxException {
        Path classes = Path.of(Lead.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Index index;
        try (InputStream in = Files.newInputStream(classes.resolve("META-INF/jandex.idx"))) {
            index = new IndexReader(in).read();
        }

        assertThat(index.getClassByName(Lead.class)).isNotNull();
        assertThat(index.getClassByName(UserDetails.class)).isNotNull();
        assertThat(index.getClassByName(LeadChecks.EmailAddressValidator.class)).isNotNull();
        assertThat(index.getClassByName(LeadChecks.ReachableValidator.class)).isNotNull();
        assertThat(index.getAnnotations(DotName.createSimple(LeadChecks.EmailAddress.class.getName())))
                .extracting(JandexIndexTest::declaringClass).contains(UserDetails.class.getName());
        assertThat(index.getAnnotations(DotName.createSimple("jakarta.validation.Valid")))
                .extracting(JandexIndexTest::declaringClass).contains(Lead.class.getName());
    }

    private static String declaringClass(AnnotationInstance annotation) {
        switch (annotation.target().kind()) {
            case FIELD:
                return annotation.target().asField().declaringClass().name().toString();
            case METHOD:
                return annotation.target().asMethod().declaringClass().name().toString();
            case METHOD_PARAMETER:
                return annotation.target().asMethodParameter().method().declaringClass().name().toString();
            case RECORD_COMPONENT:
                return annotation.target().asRecordComponent().declaringClass().name().toString();
            case TYPE:
                return annotation.target().asType().enclosingTarget() == null ? "?"
                        : String.valueOf(annotation.target().asType().enclosingTarget());
            default:
                return String.valueOf(annotation.target());
        }
    }
}

package dev.leadkit.schema;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadChecks;
import dev.leadkit.model.internal.FieldNames;
import dev.leadkit.model.internal.Pointers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Bean Validation path of {@link LeadValidator}: runs a {@link Validator} and maps its findings to
 * {@link Violation}s with the documented pointers and leadkit's codes. Only this class touches Hibernate
 * Validator, and only through {@link #shared()}, so the plain path never loads it.
 */
final class BeanValidation {
    private static final Map<Class<? extends Annotation>, String> CODES = Map.of(
            LeadChecks.EmailAddress.class, PlainRules.EMAIL,
            LeadChecks.Reachable.class, PlainRules.CONTACTABLE,
            Size.class, PlainRules.SIZE,
            NotNull.class, "required",
            NotBlank.class, "required",
            NotEmpty.class, "required");
    private static final String EXTRA = "additionalProperties";

    private BeanValidation() {
    }

    /**
     * leadkit's own validator: Hibernate Validator with the parameter message interpolator (no Jakarta EL needed),
     * reading {@code META-INF/validation.xml} if the application has one. Started on first call, once; the JVM's
     * class initialisation makes that thread-safe.
     */
    static Validator shared() {
        return Shared.VALIDATOR;
    }

    private static final class Shared {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    static List<Violation> check(Validator validator, Lead lead, Class<?>[] groups) {
        Set<ConstraintViolation<Lead>> found = validator.validate(lead, groups);
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<Lead> v : found) {
            out.add(new Violation(pointer(v.getPropertyPath()),
                    code(v.getConstraintDescriptor().getAnnotation().annotationType()), v.getMessage()));
        }
        return out;
    }

    /** {@code userDetails.email} to {@code /UserDetails/Email}; entries of additionalProperties sit beside them. */
    static String pointer(Path path) {
        String pointer = "";
        int depth = 0;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                pointer = element(pointer, node);
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                pointer = element(pointer, node);
            } else if (node.getName() != null && !node.getName().equals(EXTRA)) {
                List<String> names = depth == 0 ? FieldNames.LEAD : FieldNames.USER_DETAILS;
                int index = FieldNames.indexOf(names, node.getName());
                pointer = Pointers.child(pointer, index >= 0 ? names.get(index) : node.getName());
                depth++;
            }
        }
        return pointer;
    }

    private static String element(String pointer, Path.Node node) {
        if (node.getKey() != null) {
            return Pointers.child(pointer, String.valueOf(node.getKey()));
        }
        return node.getIndex() != null ? pointer + "/" + node.getIndex() : pointer;
    }

    /** leadkit's code for a constraint: its own, {@code required}, or the annotation's name in lower camel case. */
    static String code(Class<? extends Annotation> constraint) {
        String code = CODES.get(constraint);
        if (code != null) {
            return code;
        }
        String name = constraint.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}

package app.kneetriage.answers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Bad triage requests described field by field, in the app's own words (never a library's
 * message): what Jackson could not read, and what Bean Validation refused.
 */
public class JsonProblems {

    /** The field named when the problem is the body as a whole (not JSON, or missing). */
    static final String BODY = "body";

    private final MessageSource messages;

    public JsonProblems(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param jackson what went wrong while reading, or null when there was nothing to
     * read
     */
    public FieldProblem unreadable(JacksonException jackson) {
        if (jackson instanceof StreamConstraintsException) {
            return new FieldProblem(BODY, text("api.error.tooLarge"));
        }
        if (jackson != null && !jackson.getPath().isEmpty()) {
            return new FieldProblem(path(jackson), describe(jackson));
        }
        String message = jackson instanceof MismatchedInputException ? text("api.error.notAnObject")
                : jackson != null ? text("api.error.malformed") : text("api.error.bodyRequired");
        return new FieldProblem(BODY, message);
    }

    public List<FieldProblem> invalid(Errors errors) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), messages.getMessage(error, locale)));
        }
        return problems;
    }

    public String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /**
     * {@code training.cadenceSpm}, {@code timing[1]}: the JSON path of the offending
     * value.
     */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return text("api.error.unknownField");
        }
        if (e instanceof InputCoercionException) {
            return text("api.error.outOfRange");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return text("api.error.oneOf", names(target.getEnumConstants()));
            }
            if (target == Integer.class || target == int.class) {
                return text("api.error.wholeNumber");
            }
            if (target == Boolean.class || target == boolean.class) {
                return text("api.error.trueOrFalse");
            }
            if (target == Instant.class) {
                return text("api.error.instant");
            }
            if (Collection.class.isAssignableFrom(target)) {
                return text("api.error.list");
            }
            return text("api.error.object");
        }
        return text("api.error.malformed");
    }

    private static String names(Object[] constants) {
        return Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

}

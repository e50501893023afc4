package app.kneetriage.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns bad input into {@code application/problem+json} (RFC 9457) with an {@code errors}
 * list that names each offending field, so a client can fix its request without guessing.
 * Nothing here ever echoes a stack trace.
 */
@RestControllerAdvice(basePackageClasses = TriageApiController.class)
class ApiExceptionHandler {

    /** The field named when the problem is the body as a whole (not JSON, or missing). */
    static final String BODY = "body";

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidAnswers(MethodArgumentNotValidException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), messages.getMessage(error, locale)));
        }
        return badRequest(errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e) {
        JacksonException jackson = jacksonCause(e);
        if (jackson instanceof StreamConstraintsException) {
            return badRequest(List.of(new FieldProblem(BODY, text("api.error.tooLarge"))));
        }
        if (jackson != null && !jackson.getPath().isEmpty()) {
            return badRequest(List.of(new FieldProblem(path(jackson), describe(jackson))));
        }
        String message = jackson instanceof MismatchedInputException ? text("api.error.notAnObject")
                : jackson != null ? text("api.error.malformed") : text("api.error.bodyRequired");
        return badRequest(List.of(new FieldProblem(BODY, message)));
    }

    /** The outermost Jackson exception: it carries the JSON path, its causes may not. */
    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    @ExceptionHandler(ResultNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                text("api.problem.notFound.detail"));
        problem.setTitle(text("api.problem.notFound.title"));
        return problem(problem);
    }

    @ExceptionHandler(ResultGoneException.class)
    ResponseEntity<ProblemDetail> gone() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, text("api.problem.gone.detail"));
        problem.setTitle(text("api.problem.gone.title"));
        return problem(problem);
    }

    private ResponseEntity<ProblemDetail> badRequest(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                text("api.problem.invalid.detail"));
        problem.setTitle(text("api.problem.invalid.title"));
        problem.setProperty("errors", errors);
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

}

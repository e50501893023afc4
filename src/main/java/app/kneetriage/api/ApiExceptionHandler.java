package app.kneetriage.api;

import java.util.List;

import app.kneetriage.answers.FieldProblem;
import app.kneetriage.answers.JsonProblems;
import app.kneetriage.boards.Boards;
import app.kneetriage.boards.Joining;
import app.kneetriage.programmes.ProgrammeRefusal;
import app.kneetriage.programmes.ProgrammeRefusedException;
import app.kneetriage.results.ResultDeletedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * Turns bad input into {@code application/problem+json} (RFC 9457) with an {@code errors}
 * list that names each offending field, so a client can fix its request without guessing.
 * Nothing here ever echoes a stack trace.
 */
@RestControllerAdvice(basePackageClasses = TriageApiController.class)
class ApiExceptionHandler {

    private final JsonProblems problems;

    ApiExceptionHandler(MessageSource messages) {
        this.problems = new JsonProblems(messages);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidAnswers(MethodArgumentNotValidException e) {
        return badRequest(problems.invalid(e.getBindingResult()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e) {
        return badRequest(List.of(problems.unreadable(jacksonCause(e))));
    }

    @ExceptionHandler(ProgrammeRefusedException.class)
    ResponseEntity<ProblemDetail> programmeRefused(ProgrammeRefusedException e) {
        ProgrammeRefusal refusal = e.refusal();
        HttpStatus status = switch (refusal) {
            case NOT_STARTED, NO_SUCH_SESSION -> HttpStatus.NOT_FOUND;
            case RESULT_SAYS_STOP, ALREADY_STARTED, STOPPED, NO_PLANNED_DAYS, BASELINE_TOO_HIGH, MORNING_TOO_EARLY,
                    NO_ACTIVITIES, SCORES_DO_NOT_MATCH ->
                HttpStatus.CONFLICT;
        };
        String detail = problems.text(refusal.messageKey());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(problems.text("api.problem.programme.title"));
        if (refusal.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(refusal.field(), detail)));
        }
        return problem(problem);
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameterException e) {
        return badRequest(List.of(new FieldProblem(e.parameter(), problems.text(e.messageKey()))));
    }

    /** A wrong board key says no more than that no board has it. */
    @ExceptionHandler(BoardNotFoundException.class)
    ResponseEntity<ProblemDetail> boardNotFound(BoardNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                problems.text(e.messageKey() + ".detail"));
        problem.setTitle(problems.text(e.messageKey() + ".title"));
        return problem(problem);
    }

    /** {@code reason} is FULL or NOT_SHARED, for a client to act on. */
    @ExceptionHandler(JoinRefusedException.class)
    ResponseEntity<ProblemDetail> joinRefused(JoinRefusedException e) {
        String detail = e.reason() == Joining.FULL ? problems.text("boards.join.problem.full", Boards.MAX_RUNNERS)
                : problems.text("boards.join.problem.notShared");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(problems.text("api.problem.joinRefused.title"));
        problem.setProperty("reason", e.reason().name());
        return problem(problem);
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

    /** A result deleted while the request ran answers as one deleted before it. */
    @ExceptionHandler({ ResultNotFoundException.class, ResultDeletedException.class })
    ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                problems.text("api.problem.notFound.detail"));
        problem.setTitle(problems.text("api.problem.notFound.title"));
        return problem(problem);
    }

    @ExceptionHandler(ResultGoneException.class)
    ResponseEntity<ProblemDetail> gone() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                problems.text("api.problem.gone.detail"));
        problem.setTitle(problems.text("api.problem.gone.title"));
        return problem(problem);
    }

    private ResponseEntity<ProblemDetail> badRequest(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.text("api.problem.invalid.detail"));
        problem.setTitle(problems.text("api.problem.invalid.title"));
        problem.setProperty("errors", errors);
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}

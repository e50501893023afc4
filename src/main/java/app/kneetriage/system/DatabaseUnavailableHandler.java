package app.kneetriage.system;

import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached, requests that need it are answered
 * {@code 503 Service Unavailable} with {@code Retry-After}, within the pool's few seconds
 * of waiting, instead of a 500: a problem document for the API, a "try again shortly"
 * page otherwise. Nothing was stored. Logged at WARN, without a stack trace, and counted
 * by {@link DatabaseTrouble reason}: a database that cannot be reached is told apart from
 * a pool whose connections are all in use. The app recovers by itself when the database
 * is back.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandler {

    static final String RETRY_AFTER_SECONDS = "10";

    static final String DETAIL = "The service cannot store or read results just now. Nothing was stored; try again"
            + " shortly.";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    private final ObjectProvider<MeterRegistry> meters;

    private final UrlPolicies policies;

    /** Web slice tests have no metrics: there the refusals are only logged. */
    DatabaseUnavailableHandler(ObjectProvider<MeterRegistry> meters, ObjectProvider<UrlPolicy> policies) {
        this.meters = meters;
        this.policies = new UrlPolicies(policies);
    }

    @ExceptionHandler({ DataAccessException.class, TransactionException.class })
    Object databaseUnavailable(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        Optional<DatabaseTrouble> trouble = DatabaseTrouble.of(e);
        if (trouble.isEmpty()) {
            throw e;
        }
        // The path pattern, never the path: it may hold a share token or a manage key.
        log.warn("{} for {} {}: {}", trouble.get().logPrefix(), request.getMethod(),
                request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE), e.getClass().getSimpleName());
        meters.ifAvailable(trouble.get()::count);
        if (policies.of(request).problemDocuments()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
    }

}

package app.kneetriage.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that no controller handled (an unknown path, a wrong method or content type, a
 * server fault) reach API clients as {@code application/problem+json} instead of Spring's
 * default error map. Browsers keep getting the HTML error pages. Only the status is
 * disclosed, never a message or stack trace.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
            List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, webProperties.getError(), errorViewResolvers);
    }

    /**
     * Requested directly rather than forwarded after an error, {@code /error} is no page:
     * 404, not the 500 an error without a status would give.
     */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.put("instance", path);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}

package app.kneetriage.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a servlet filter turns a request away before any controller runs: a problem
 * document where the address's {@link UrlPolicy} asks for one (the JSON API), the
 * status's error page (e.g. {@code error/429.html}) otherwise.
 */
final class FilterRefusals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FilterRefusals() {
    }

    static void refuse(UrlPolicy policy, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        if (policy.problemDocuments()) {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getWriter(), Map.of("type", "about:blank", "title", status.getReasonPhrase(),
                    "status", status.value(), "detail", detail));
            return;
        }
        response.sendError(status.value());
    }

}

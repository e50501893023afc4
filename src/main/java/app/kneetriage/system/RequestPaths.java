package app.kneetriage.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * The path of a request as Spring MVC and Spring Security match it: decoded, without the
 * context path and without {@code ;} parameters. Filters that decide by path use this, so
 * that {@code /api/v1/%74riage} cannot slip past a check meant for
 * {@code /api/v1/triage}.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String of(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }

    public static boolean isApi(HttpServletRequest request) {
        return of(request).startsWith("/api/");
    }

}

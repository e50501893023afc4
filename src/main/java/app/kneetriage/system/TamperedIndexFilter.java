package app.kneetriage.system;

import java.io.IOException;
import java.util.Collections;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form field named with a list position that is not a plain, modest number (e.g.
 * {@code timing[-1]}, {@code timing[a]}, {@code timing[ 1]}, {@code timing[1.5]}) is
 * never sent by our pages, which only number list items: such a request is answered 400
 * before data binding could fail with a server error.
 */
@Component
class TamperedIndexFilter extends OncePerRequestFilter {

    /** A bracket that does not hold one to nine digits and close at once. */
    private static final Pattern BAD_INDEX = Pattern.compile("\\[(?!\\d{1,9}])");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean tampered = Collections.list(request.getParameterNames())
            .stream()
            .anyMatch(name -> BAD_INDEX.matcher(name).find());
        if (tampered) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

}

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
 * A form field named with a negative or absurdly large list position (e.g.
 * {@code timing[-1]}) is never sent by our pages: such a request is answered 400 before
 * data binding could fail with a server error.
 */
@Component
class TamperedIndexFilter extends OncePerRequestFilter {

    /** A list position below zero, or of ten digits or more. */
    private static final Pattern BAD_INDEX = Pattern.compile("\\[(-\\d*|\\d{10,})]");

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

package app.kneetriage.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/** Redirects after a successful POST. */
public final class Redirects {

    private Redirects() {
    }

    /**
     * 303 See Other to a path template such as {@code /r/{token}}: the browser fetches
     * the next page with GET, so reloading it never repeats the POST.
     */
    public static RedirectView seeOther(String pathTemplate, Object... variables) {
        String path = UriComponentsBuilder.fromPath(pathTemplate).buildAndExpand(variables).toUriString();
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }

}

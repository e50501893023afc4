package app.kneetriage.results;

import app.kneetriage.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The result page a runner sees after submitting and a coach opens through the share
 * link. Right after submitting (and only then) a flash attribute carries the runner's
 * private manage link.
 */
@Controller
class ResultController {

    static final String VIEW_RESULT = "results/show";

    static final String VIEW_GONE = "results/gone";

    private final ResultService results;

    private final ShareLinks links;

    ResultController(ResultService results, ShareLinks links) {
        this.results = results;
        this.links = links;
    }

    @GetMapping("/r/{token}")
    String showResult(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("privatePage", true);
        SharedLookup lookup = results.findShared(token);
        switch (lookup.found()) {
            case NOT_FOUND -> throw new NotFoundException();
            case GONE -> {
                response.setStatus(HttpServletResponse.SC_GONE);
                return VIEW_GONE;
            }
            case SHARED -> {
                model.addAttribute("page", ResultPage.of(lookup.result()));
                model.addAttribute("shareUrl", links.shareUrl(token));
                return VIEW_RESULT;
            }
        }
        throw new IllegalStateException("unhandled lookup " + lookup.found());
    }

}

package app.kneetriage.results;

import java.time.Clock;
import java.util.List;

import app.kneetriage.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A result through its share link: right after submitting (and only then) the runner's
 * own page, with the private manage link in a flash attribute; for everyone else the
 * shared view, written for a coach or physio the runner sent the link to.
 */
@Controller
class ResultController {

    static final String VIEW_RESULT = "results/show";

    static final String VIEW_SHARED = "results/shared";

    static final String VIEW_GONE = "results/gone";

    private final ResultService results;

    private final ShareLinks links;

    private final ObjectProvider<ResultPagePart> parts;

    private final Clock clock;

    ResultController(ResultService results, ShareLinks links, ObjectProvider<ResultPagePart> parts, Clock clock) {
        this.results = results;
        this.parts = parts;
        this.links = links;
        this.clock = clock;
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
                ResultPage page = ResultPage.of(lookup.result());
                model.addAttribute("page", page);
                model.addAttribute("shareUrl", links.shareUrl(token));
                // Only the redirect after submitting carries the manage link: that is the
                // runner, on the first view. Anyone else opening the link, or replaying
                // the
                // cookie, gets the page written for them.
                if (model.containsAttribute("manageUrl") && results.showManageLinkOnce(lookup.resultId())) {
                    return VIEW_RESULT;
                }
                model.asMap().remove("manageUrl");
                model.addAttribute("expiresAt", lookup.expiresAt());
                List<ResultPagePart.Shown> shown = parts.orderedStream()
                    .flatMap(part -> part.forCoach(lookup).stream())
                    .toList();
                model.addAttribute("parts", shown);
                boolean weekTold = shown.stream().anyMatch(ResultPagePart.Shown::tellsTheWeek);
                model.addAttribute("thisWeek", weekTold ? null : page.returnToRunWeek(clock.instant()));
                return VIEW_SHARED;
            }
        }
        throw new IllegalStateException("unhandled lookup " + lookup.found());
    }

}

package app.kneetriage.results;

import app.kneetriage.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The result page a runner sees after submitting and a coach opens through the share link. */
@Controller
class ResultController {

    static final String VIEW_RESULT = "results/show";

    private final ResultService results;

    private final ShareLinks shareLinks;

    ResultController(ResultService results, ShareLinks shareLinks) {
        this.results = results;
        this.shareLinks = shareLinks;
    }

    @GetMapping("/r/{token}")
    String showResult(@PathVariable String token, Model model) {
        StoredResult result = results.find(token).orElseThrow(NotFoundException::new);
        model.addAttribute("page", ResultPage.of(result));
        model.addAttribute("shareUrl", shareLinks.shareUrl(result.token()));
        return VIEW_RESULT;
    }
}

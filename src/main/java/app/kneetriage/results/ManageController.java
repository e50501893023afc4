package app.kneetriage.results;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import app.kneetriage.system.NotFoundException;
import app.kneetriage.system.Redirects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The runner's private page for one result, reached only through the manage key: stop or
 * restart sharing, choose how long the link works, re-run the answers, or delete
 * everything.
 */
@Controller
class ManageController {

    static final String VIEW_MANAGE = "results/manage";

    static final String VIEW_CONFIRM_DELETE = "results/delete";

    static final String VIEW_DELETED = "results/deleted";

    private final ResultService results;

    private final ShareLinks links;

    private final ResultChains chains;

    private final ObjectProvider<ResultPagePart> parts;

    private final Clock clock;

    ManageController(ResultService results, ResultChains chains, ShareLinks links, ObjectProvider<ResultPagePart> parts,
            Clock clock) {
        this.results = results;
        this.parts = parts;
        this.chains = chains;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/m/{key}")
    String showManagePage(@PathVariable String key, Model model) {
        return managePage(key, managed(key), model);
    }

    private String managePage(String key, ManagedResult managed, Model model) {
        model.addAttribute("privatePage", true);
        model.addAttribute("manageKey", key);
        model.addAttribute("managed", managed);
        model.addAttribute("page", ResultPage.of(managed.result()));
        model.addAttribute("shareUrl", links.shareUrl(managed.result().token()));
        model.addAttribute("expiryChoices", List.of(ExpiryChoice.values()));
        model.addAttribute("parts",
                parts.orderedStream().flatMap(part -> part.forRunner(managed, key).stream()).toList());
        return VIEW_MANAGE;
    }

    @PostMapping("/m/{key}/revoke")
    RedirectView revoke(@PathVariable String key, RedirectAttributes redirect) {
        results.revoke(managed(key));
        redirect.addFlashAttribute("message", "revoked");
        return backTo(key);
    }

    @PostMapping("/m/{key}/share")
    RedirectView shareAgain(@PathVariable String key, RedirectAttributes redirect) {
        results.shareAgain(managed(key));
        redirect.addFlashAttribute("message", "shared");
        return backTo(key);
    }

    @PostMapping("/m/{key}/expiry")
    RedirectView setExpiry(@PathVariable String key, @RequestParam(required = false) String expiry,
            RedirectAttributes redirect) {
        ManagedResult managed = managed(key);
        Optional<ExpiryChoice> choice = ExpiryChoice.parse(expiry);
        choice.ifPresent(c -> results.setExpiry(managed, c.expiresAt(clock.instant())));
        redirect.addFlashAttribute("message", choice.isPresent() ? "expiry" : "badExpiry");
        return backTo(key);
    }

    @GetMapping("/m/{key}/delete")
    String confirmDelete(@PathVariable String key, Model model) {
        managed(key);
        model.addAttribute("privatePage", true);
        model.addAttribute("manageKey", key);
        return VIEW_CONFIRM_DELETE;
    }

    @PostMapping("/m/{key}/delete")
    RedirectView delete(@PathVariable String key) {
        results.delete(managed(key));
        return Redirects.seeOther("/deleted");
    }

    @GetMapping("/deleted")
    String deleted() {
        return VIEW_DELETED;
    }

    @PostMapping("/m/{key}/nickname")
    ModelAndView setNickname(@PathVariable String key, @RequestParam(required = false) String nickname, Model model,
            RedirectAttributes redirect) {
        ManagedResult managed = managed(key);
        if (!Nicknames.isValid(nickname)) {
            // Shown again with the error next to the field and the entry kept.
            model.addAttribute("nicknameEntered", nickname);
            model.addAttribute("nicknameInvalid", true);
            return new ModelAndView(managePage(key, managed, model), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        chains.setNickname(managed, key, nickname);
        redirect.addFlashAttribute("message", "nickname");
        return new ModelAndView(backTo(key));
    }

    /**
     * The share link moves to the new result unless the runner chose to keep it here; a
     * value the form never sends is refused.
     */
    @PostMapping("/m/{key}/rerun")
    RedirectView rerun(@PathVariable String key, @RequestParam(required = false) String shareLink,
            RedirectAttributes redirect) {
        ShareLinkChoice choice = ShareLinkChoice.parse(shareLink)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        CreatedResult created = chains.rerun(managed(key), key, choice == ShareLinkChoice.MOVE);
        redirect.addFlashAttribute("manageUrl", links.manageUrl(created.manageKey()));
        return Redirects.seeOther("/r/{token}", created.result().token());
    }

    private ManagedResult managed(String key) {
        return results.findManaged(key).orElseThrow(NotFoundException::new);
    }

    private static RedirectView backTo(String key) {
        return Redirects.seeOther("/m/{key}", key);
    }

}

package app.kneetriage.ruleadmin.drafts;

import java.security.Principal;
import java.util.List;

import app.kneetriage.system.Redirects;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin home and the draft page: start or discard the draft, see its test cases,
 * publish it.
 */
@Controller
class DraftController {

    static final String VIEW_HOME = "ruleadmin/index";

    static final String VIEW_DRAFT = "ruleadmin/draft";

    static final String VIEW_CONFIRM = "ruleadmin/confirm";

    private final Drafts drafts;

    private final Publishing publishing;

    DraftController(Drafts drafts, Publishing publishing) {
        this.drafts = drafts;
        this.publishing = publishing;
    }

    @GetMapping("/admin")
    String home() {
        return VIEW_HOME;
    }

    @GetMapping("/admin/rules")
    String showDraft(Model model) {
        if (!model.containsAttribute("publishForm")) {
            model.addAttribute("publishForm", new PublishForm());
        }
        model.addAttribute("state", drafts.state());
        return VIEW_DRAFT;
    }

    @PostMapping("/admin/rules/draft")
    ModelAndView startDraft(Principal admin) {
        drafts.start(admin.getName());
        return new ModelAndView(Redirects.seeOther("/admin/rules"));
    }

    /** Discarding cannot be undone: the page asks first. */
    @GetMapping("/admin/rules/draft/discard")
    String confirmDiscard(Model model) {
        DraftState state = drafts.state();
        if (state.draft().isEmpty()) {
            return "redirect:/admin/rules";
        }
        model.addAttribute("confirm", "draft.confirmDiscard");
        model.addAttribute("subject", state.published().getVersionNumber());
        model.addAttribute("action", "/admin/rules/draft/discard");
        model.addAttribute("back", "/admin/rules");
        return VIEW_CONFIRM;
    }

    @PostMapping("/admin/rules/draft/discard")
    ModelAndView discardDraft(Principal admin, RedirectAttributes redirect) {
        drafts.discard(admin.getName());
        redirect.addFlashAttribute("message", "draft.discarded");
        return new ModelAndView(Redirects.seeOther("/admin/rules"));
    }

    @PostMapping("/admin/rules/publish")
    ModelAndView publish(@Valid @ModelAttribute("publishForm") PublishForm form, BindingResult result, Principal admin,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                int version = publishing.publish(admin.getName(), form.getChangeNote().strip());
                redirect.addFlashAttribute("publishedVersion", version);
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            }
            catch (PublishRefusedException e) {
                result.reject("publish.refused");
                return draftPage(e.problems());
            }
        }
        return draftPage(List.of());
    }

    private ModelAndView draftPage(List<String> refusal) {
        ModelAndView page = new ModelAndView(VIEW_DRAFT, HttpStatus.UNPROCESSABLE_CONTENT);
        page.addObject("state", drafts.state());
        page.addObject("refused", refusal);
        return page;
    }

}

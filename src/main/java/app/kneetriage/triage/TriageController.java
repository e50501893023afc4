package app.kneetriage.triage;

import app.kneetriage.questionnaire.QuestionnairePage;
import app.kneetriage.results.CreatedResult;
import app.kneetriage.results.Nicknames;
import app.kneetriage.results.ResultService;
import app.kneetriage.results.ShareLinks;
import app.kneetriage.results.StoredResult;
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

/** The runner's symptom form: shown, validated, and turned into a stored result. */
@Controller
@QuestionnairePage
class TriageController {

    static final String VIEW_FORM = "triage/form";

    private final ResultService results;

    private final ShareLinks links;

    TriageController(ResultService results, ShareLinks links) {
        this.results = results;
        this.links = links;
    }

    @GetMapping("/triage")
    String initTriageForm(Model model) {
        model.addAttribute("triageForm", new SubmissionForm());
        return VIEW_FORM;
    }

    @PostMapping("/triage")
    ModelAndView processTriageForm(@Valid @ModelAttribute("triageForm") SubmissionForm form, BindingResult result,
            RedirectAttributes redirectAttributes) {
        if (!Nicknames.isValid(form.getNickname())) {
            result.rejectValue("nickname", "nickname.invalid");
        }
        if (result.hasErrors()) {
            ModelAndView withErrors = new ModelAndView(VIEW_FORM, HttpStatus.UNPROCESSABLE_CONTENT);
            withErrors.addObject("formHasErrors", true);
            return withErrors;
        }
        CreatedResult created = results.create(form.toAnswers(), form.getNickname());
        StoredResult stored = created.result();
        // Shown once, on the page the runner lands on; a reload or the share link never
        // shows it.
        redirectAttributes.addFlashAttribute("manageUrl", links.manageUrl(created.manageKey()));
        return new ModelAndView(Redirects.seeOther("/r/{token}", stored.token()));
    }

}

package app.kneetriage.ruleadmin.testcases;

import app.kneetriage.questionnaire.QuestionnairePage;
import app.kneetriage.questionnaire.TriageForm;
import app.kneetriage.rules.InvalidRuleException;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Try it": any answers, through the runner's own form, against the draft; nothing is
 * stored.
 */
@Controller
@QuestionnairePage
class TryAnswersController {

    static final String VIEW_TRY = "admin/rules/try";

    private final DraftTrial trial;

    TryAnswersController(DraftTrial trial) {
        this.trial = trial;
    }

    @GetMapping("/admin/rules/try")
    String initTryForm(Model model) {
        model.addAttribute("triageForm", new TriageForm());
        return VIEW_TRY;
    }

    @PostMapping("/admin/rules/try")
    ModelAndView processTryForm(@Valid @ModelAttribute("triageForm") TriageForm form, BindingResult result) {
        if (result.hasErrors()) {
            return new ModelAndView(VIEW_TRY, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        ModelAndView page = new ModelAndView(VIEW_TRY);
        try {
            page.addObject("outcome", trial.evaluate(form.toAnswers()));
        }
        catch (InvalidRuleException e) {
            page.addObject("problem", e.getMessage());
        }
        return page;
    }

}

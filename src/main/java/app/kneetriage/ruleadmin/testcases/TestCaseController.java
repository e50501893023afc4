package app.kneetriage.ruleadmin.testcases;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import app.kneetriage.answers.InvalidAnswersException;
import app.kneetriage.answers.TriageRequests;
import app.kneetriage.results.ResultPage;
import app.kneetriage.results.StoredResult;
import app.kneetriage.rules.Answers;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
import app.kneetriage.rules.content.StaleEditException;
import app.kneetriage.system.Redirects;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The test cases that guard publishing: add, edit, remove. */
@Controller
class TestCaseController {

    static final String VIEW_FORM = "ruleadmin/test-case";

    private final TestCases cases;

    private final TriageRequests requests;

    private final DraftTrial trial;

    private final Clock clock;

    TestCaseController(TestCases cases, TriageRequests requests, DraftTrial trial, Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.trial = trial;
        this.clock = clock;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("urgencies")
    List<Urgency> urgencies() {
        return List.of(Urgency.values());
    }

    @ModelAttribute("runningChoices")
    List<RunningAdvice> runningChoices() {
        return List.of(RunningAdvice.values());
    }

    @GetMapping("/admin/tests/new")
    String initCreateForm(Model model) {
        model.addAttribute("testCaseForm", new TestCaseForm());
        return page(new TestCaseForm(), model);
    }

    @PostMapping("/admin/tests/new")
    ModelAndView processCreateForm(@Valid @ModelAttribute("testCaseForm") TestCaseForm form, BindingResult result,
            Principal admin, RedirectAttributes redirect, Model model) {
        checkAnswers(form, result);
        if (result.hasErrors()) {
            return new ModelAndView(page(form, model), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        cases.create(admin.getName(), form);
        redirect.addFlashAttribute("message", "testCase.saved");
        return new ModelAndView(Redirects.seeOther("/admin/rules"));
    }

    @GetMapping("/admin/tests/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        TestCaseForm form = TestCaseForm.of(cases.find(id));
        model.addAttribute("testCaseId", id);
        model.addAttribute("testCaseForm", form);
        return page(form, model);
    }

    @PostMapping("/admin/tests/{id}")
    ModelAndView processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("testCaseForm") TestCaseForm form,
            BindingResult result, Principal admin, RedirectAttributes redirect, Model model) {
        checkAnswers(form, result);
        if (!result.hasErrors()) {
            try {
                cases.update(admin.getName(), id, form);
                redirect.addFlashAttribute("message", "testCase.saved");
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            }
            catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
                result.reject("testCase.stale");
                form.setVersion(cases.find(id).getVersion());
            }
        }
        model.addAttribute("testCaseId", id);
        return new ModelAndView(page(form, model), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** Removing cannot be undone: the page asks first. */
    @GetMapping("/admin/tests/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("confirm", "testCase.confirmDelete");
        model.addAttribute("subject", cases.find(id).getName());
        model.addAttribute("action", "/admin/tests/" + id + "/delete");
        model.addAttribute("back", "/admin/tests/" + id);
        return "ruleadmin/confirm";
    }

    @PostMapping("/admin/tests/{id}/delete")
    ModelAndView delete(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
        cases.delete(admin.getName(), id);
        redirect.addFlashAttribute("message", "testCase.deleted");
        return new ModelAndView(Redirects.seeOther("/admin/rules"));
    }

    /**
     * The causes to pick from (a code the case expects that the draft no longer has stays
     * visible, marked), and the case's answers in words when they can be read.
     */
    private String page(TestCaseForm form, Model model) {
        Map<String, String> causes = new LinkedHashMap<>(trial.causeNames());
        Stream.concat(form.getExpectedTop().stream(), form.getExpectedIncludes().stream())
            .filter(code -> !causes.containsKey(code))
            .forEach(code -> causes.put(code, code));
        model.addAttribute("causeChoices", causes);
        model.addAttribute("missingCauses",
                causes.keySet().stream().filter(code -> !trial.causeNames().containsKey(code)).toList());
        if (form.getAnswers() != null && !form.getAnswers().isBlank()) {
            try {
                Answers answers = requests.read(form.getAnswers());
                model.addAttribute("answersPage",
                        ResultPage.of(new StoredResult(null, clock.instant(), answers, trial.evaluate(answers))));
            }
            catch (InvalidAnswersException | InvalidRuleException e) {
                // the answers' own error says what is wrong with them
            }
        }
        return VIEW_FORM;
    }

    private void checkAnswers(TestCaseForm form, BindingResult result) {
        if (!result.hasFieldErrors("answers")) {
            try {
                requests.read(form.getAnswers());
            }
            catch (InvalidAnswersException e) {
                result.rejectValue("answers", "testCase.answers.invalid", new Object[] { e.getMessage() },
                        e.getMessage());
            }
        }
    }

}

package app.kneetriage.ruleadmin.testcases;

import java.security.Principal;
import java.util.List;

import app.kneetriage.api.InvalidAnswersException;
import app.kneetriage.api.TriageRequests;
import app.kneetriage.ruleadmin.StaleEditException;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
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

    static final String VIEW_FORM = "admin/tests/form";

    private final TestCases cases;

    private final TriageRequests requests;

    TestCaseController(TestCases cases, TriageRequests requests) {
        this.cases = cases;
        this.requests = requests;
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
        return VIEW_FORM;
    }

    @PostMapping("/admin/tests/new")
    ModelAndView processCreateForm(@Valid @ModelAttribute("testCaseForm") TestCaseForm form, BindingResult result,
            Principal admin, RedirectAttributes redirect) {
        checkAnswers(form, result);
        if (result.hasErrors()) {
            return new ModelAndView(VIEW_FORM, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        cases.create(admin.getName(), form);
        redirect.addFlashAttribute("message", "testCase.saved");
        return new ModelAndView(Redirects.seeOther("/admin/rules"));
    }

    @GetMapping("/admin/tests/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        model.addAttribute("testCaseId", id);
        model.addAttribute("testCaseForm", TestCaseForm.of(cases.find(id)));
        return VIEW_FORM;
    }

    @PostMapping("/admin/tests/{id}")
    ModelAndView processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("testCaseForm") TestCaseForm form,
            BindingResult result, Principal admin, RedirectAttributes redirect) {
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
        ModelAndView page = new ModelAndView(VIEW_FORM, HttpStatus.UNPROCESSABLE_CONTENT);
        page.addObject("testCaseId", id);
        return page;
    }

    /** Removing cannot be undone: the page asks first. */
    @GetMapping("/admin/tests/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("confirm", "testCase.confirmDelete");
        model.addAttribute("subject", cases.find(id).getName());
        model.addAttribute("action", "/admin/tests/" + id + "/delete");
        model.addAttribute("back", "/admin/tests/" + id);
        return "admin/confirm";
    }

    @PostMapping("/admin/tests/{id}/delete")
    ModelAndView delete(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
        cases.delete(admin.getName(), id);
        redirect.addFlashAttribute("message", "testCase.deleted");
        return new ModelAndView(Redirects.seeOther("/admin/rules"));
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

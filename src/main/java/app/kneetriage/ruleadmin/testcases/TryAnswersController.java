package app.kneetriage.ruleadmin.testcases;

import java.security.Principal;
import java.time.Clock;
import java.util.Locale;

import app.kneetriage.answers.InvalidAnswersException;
import app.kneetriage.answers.TriageRequests;
import app.kneetriage.questionnaire.QuestionnairePage;
import app.kneetriage.questionnaire.TriageForm;
import app.kneetriage.questionnaire.TriageForms;
import app.kneetriage.results.ResultPage;
import app.kneetriage.results.StoredResult;
import app.kneetriage.rules.Answers;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.content.StaleEditException;
import app.kneetriage.system.Redirects;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Try it": any answers, through the runner's own form, shown as the result page the
 * draft would give beside the live version's, with what differs in words; one click keeps
 * them as a test case. Nothing else is stored.
 */
@Controller
@QuestionnairePage
class TryAnswersController {

    static final String VIEW_TRY = "ruleadmin/try";

    private final DraftTrial trial;

    private final OutcomeDifferences differences;

    private final TriageRequests requests;

    private final TestCases cases;

    private final Clock clock;

    private final MessageSource messages;

    TryAnswersController(DraftTrial trial, OutcomeDifferences differences, TriageRequests requests, TestCases cases,
            Clock clock, MessageSource messages) {
        this.messages = messages;
        this.trial = trial;
        this.differences = differences;
        this.requests = requests;
        this.cases = cases;
        this.clock = clock;
    }

    /** The runner's form: empty, or with a test case's answers to change them. */
    @GetMapping("/admin/rules/try")
    String initTryForm(@RequestParam(name = "case", required = false) Long caseId, Model model) {
        TriageForm form = new TriageForm();
        if (caseId != null) {
            TestCase testCase = cases.find(caseId);
            model.addAttribute("editingCase", testCase);
            try {
                form = TriageForms.filledWith(requests.read(testCase.getAnswers()));
            }
            catch (InvalidAnswersException e) {
                // answers the form cannot hold: start from an empty form
            }
        }
        model.addAttribute("triageForm", form);
        return VIEW_TRY;
    }

    @PostMapping("/admin/rules/try")
    ModelAndView processTryForm(@Valid @ModelAttribute("triageForm") TriageForm form, BindingResult result,
            @RequestParam(name = "case", required = false) Long caseId, Model model) {
        TestCase editing = caseId == null ? null : cases.find(caseId);
        model.addAttribute("editingCase", editing);
        if (result.hasErrors()) {
            return new ModelAndView(VIEW_TRY, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        KeepTrialForm keep = new KeepTrialForm();
        keep.setAnswers(requests.write(form.toAnswers()));
        if (editing != null) {
            keep.setCaseId(editing.getId());
            keep.setCaseVersion(editing.getVersion());
            keep.setName(editing.getName());
        }
        model.addAttribute("keepTrialForm", keep);
        return compared(form.toAnswers(), model, HttpStatus.OK);
    }

    @PostMapping("/admin/rules/try/keep")
    ModelAndView keepAsTestCase(@Valid @ModelAttribute("keepTrialForm") KeepTrialForm keep, BindingResult result,
            Principal admin, Model model, RedirectAttributes redirect) {
        Answers answers;
        try {
            answers = requests.read(keep.getAnswers());
        }
        catch (InvalidAnswersException e) {
            return new ModelAndView(Redirects.seeOther("/admin/rules/try"));
        }
        model.addAttribute("triageForm", new TriageForm());
        if (result.hasErrors()) {
            return compared(answers, model, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            TestCaseForm expecting = TestCaseForm.expecting(keep.getName(), keep.getAnswers(), trial.evaluate(answers));
            long id;
            if (keep.getCaseId() == null) {
                id = cases.create(admin.getName(), expecting);
            }
            else {
                id = keep.getCaseId();
                expecting.setVersion(keep.getCaseVersion());
                cases.update(admin.getName(), id, expecting);
            }
            redirect.addFlashAttribute("message", "try.kept");
            return new ModelAndView(Redirects.seeOther("/admin/tests/" + id));
        }
        catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", messages.getMessage("testCase.stale", null, Locale.ENGLISH));
            return compared(answers, model, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        catch (InvalidRuleException e) {
            model.addAttribute("problem", e.getMessage());
            return new ModelAndView(VIEW_TRY, HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private ModelAndView compared(Answers answers, Model model, HttpStatus status) {
        try {
            DraftTrial.Trial compared = trial.compare(answers);
            model.addAttribute("trial", compared);
            model.addAttribute("draftPage", page(answers, compared.draft()));
            model.addAttribute("livePage", page(answers, compared.live()));
            model.addAttribute("differences", differences.between(compared.live(), compared.draft()));
        }
        catch (InvalidRuleException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return new ModelAndView(VIEW_TRY, model.asMap(), status);
    }

    private ResultPage page(Answers answers, Outcome outcome) {
        return ResultPage.of(new StoredResult(null, clock.instant(), answers, outcome));
    }

}

package app.kneetriage.programmes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.kneetriage.results.ManagedResult;
import app.kneetriage.results.ResultPage;
import app.kneetriage.results.ResultService;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.system.Downloads;
import app.kneetriage.system.NotFoundException;
import app.kneetriage.system.Redirects;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The runner's return to running, on pages that work without JavaScript: start it from a
 * result that lets them run, log each run in a few taps, add the next morning's pain, and
 * see where they stand. Reached only with the manage key.
 */
@Controller
@RequestMapping("/m/{key}/running")
class ProgrammeController {

    static final String VIEW_PROGRAMME = "programmes/programme";

    private final ResultService results;

    private final Programmes programmes;

    private final ProgrammeExports exports;

    private final Clock clock;

    ProgrammeController(ResultService results, Programmes programmes, ProgrammeExports exports, Clock clock) {
        this.results = results;
        this.programmes = programmes;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable String key, Model model) {
        return page(key, managed(key), model);
    }

    @PostMapping("/start")
    ModelAndView start(@PathVariable String key, @Valid @ModelAttribute("startForm") StartProgrammeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        ManagedResult managed = managed(key);
        if (!errors.hasFieldErrors("baselinePain") && form.getBaselinePain() != null) {
            programmes.baselineProblem(managed.result(), form.getBaselinePain())
                .ifPresent(problem -> errors.rejectValue("baselinePain", problem.messageKey()));
        }
        List<DayOfWeek> days = form.chosenDays();
        if (days.isEmpty() && !errors.hasFieldErrors("days")) {
            errors.rejectValue("days", "NotEmpty");
        }
        form.checkActivities(errors);
        if (errors.hasErrors()) {
            return invalid(key, managed, model);
        }
        return act(key, redirect, "started",
                () -> programmes.start(managed, key, form.getBaselinePain(), days, form.chosenActivities()));
    }

    @PostMapping("/ratings")
    ModelAndView rate(@PathVariable String key, @Valid @ModelAttribute("psfsForm") PsfsRatingForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        ManagedResult managed = managed(key);
        if (errors.hasErrors()) {
            return invalid(key, managed, model);
        }
        return act(key, redirect, "rated",
                () -> programmes.rate(managed, key, form.getScores(), form.getGlobalChange()));
    }

    @PostMapping("/sessions")
    ModelAndView log(@PathVariable String key, @Valid @ModelAttribute("sessionForm") SessionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        ManagedResult managed = managed(key);
        Optional<ProgrammeView> programme = programmes.forRunner(managed, key);
        if (!errors.hasFieldErrors("date") && form.getDate() != null && programme.isPresent()) {
            programmes.dateProblem(form.getDate(), programme.get())
                .ifPresent(problem -> errors.rejectValue("date", problem));
        }
        programme.ifPresent(view -> form.usePlanIfTicked(view.currentStep()));
        for (String minutes : new String[] { "walkMinutes", "runMinutes" }) {
            if (!errors.hasFieldErrors(minutes) && errors.getFieldValue(minutes) == null) {
                errors.rejectValue(minutes, "NotNull");
            }
        }
        if (errors.hasErrors()) {
            return invalid(key, managed, model);
        }
        return act(key, redirect, "logged", () -> programmes.log(managed, key, form.toSession()));
    }

    @PostMapping("/sessions/{id}/morning")
    ModelAndView addMorningPain(@PathVariable String key, @PathVariable String id,
            @Valid @ModelAttribute("morningForm") MorningPainForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        ManagedResult managed = managed(key);
        if (errors.hasErrors()) {
            return invalid(key, managed, model);
        }
        return act(key, redirect, "morning",
                () -> programmes.addMorningPain(managed, key, id, form.getPainNextMorning()));
    }

    @GetMapping("/programme.ics")
    ResponseEntity<String> calendar(@PathVariable String key) {
        ManagedResult managed = managed(key);
        ProgrammeView view = programmes.forRunner(managed, key)
            .filter(v -> !v.stopped())
            .orElseThrow(NotFoundException::new);
        return Downloads.attachment(exports.calendar(view, managed.result().token()), ProgrammeExports.CALENDAR_TYPE,
                ProgrammeExports.CALENDAR_FILE);
    }

    @GetMapping("/programme.csv")
    ResponseEntity<String> sessions(@PathVariable String key) {
        ProgrammeView view = programmes.forRunner(managed(key), key).orElseThrow(NotFoundException::new);
        return Downloads.attachment(exports.csv(view), ProgrammeExports.CSV_TYPE, ProgrammeExports.CSV_FILE);
    }

    private String page(String key, ManagedResult managed, Model model) {
        model.addAttribute("privatePage", true);
        model.addAttribute("manageKey", key);
        model.addAttribute("page", ResultPage.of(managed.result()));
        RunningAdvice advice = managed.result().outcome().plan().running() == null ? RunningAdvice.STOP
                : managed.result().outcome().plan().running().advice();
        model.addAttribute("runningAdvice", advice);
        Optional<ProgrammeView> programme = programmes.forRunner(managed, key);
        programme.ifPresent(view -> {
            model.addAttribute("programme", view);
            model.addAttribute("chart", ProgressChart.of(view));
            if (!model.containsAttribute("psfsForm")) {
                model.addAttribute("psfsForm", PsfsRatingForm.forActivities(view.data().activities().size()));
            }
        });
        if (!model.containsAttribute("startForm")) {
            model.addAttribute("startForm", new StartProgrammeForm());
        }
        if (!model.containsAttribute("morningForm")) {
            model.addAttribute("morningForm", new MorningPainForm());
        }
        if (!model.containsAttribute("sessionForm")) {
            SessionForm blank = new SessionForm();
            blank.setDate(LocalDate.now(clock));
            model.addAttribute("sessionForm", blank);
        }
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("dayChoices", List.of(DayOfWeek.values()));
        model.addAttribute("redFlagChoices", List.of(RedFlag.values()));
        model.addAttribute("globalChoices", List.of(GlobalChange.values()));
        return VIEW_PROGRAMME;
    }

    private ModelAndView invalid(String key, ManagedResult managed, Model model) {
        return new ModelAndView(page(key, managed, model), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /**
     * Carries out a change; a refusal (say, the programme stopped) is shown, not thrown.
     */
    private static ModelAndView act(String key, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("message", done);
        }
        catch (ProgrammeRefusedException e) {
            redirect.addFlashAttribute("refused", e.refusal().messageKey());
        }
        return new ModelAndView(Redirects.seeOther("/m/{key}/running", key));
    }

    private ManagedResult managed(String key) {
        return results.findManaged(key).orElseThrow(NotFoundException::new);
    }

}

package app.kneetriage.triage;

import java.util.List;

import app.kneetriage.results.ResultService;
import app.kneetriage.results.StoredResult;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.PainCharacter;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.Side;
import app.kneetriage.rules.Timing;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/** The runner's symptom form: shown, validated, and turned into a stored result. */
@Controller
class TriageController {

    static final String VIEW_FORM = "triage/form";

    /** The form's fields from top to bottom, so the error summary reads in the order of the page. */
    static final List<String> FIELD_ORDER = List.of("redFlags", "noRedFlags", "location", "side", "character",
            "onset", "durationAmount", "durationUnit", "previousEpisodes", "timing", "dailyActivitiesAffected",
            "painScore", "weeklyDistanceChangePercent", "addedSpeedAndHills", "newOrReturning", "shoeDistance",
            "shoeDistanceUnit", "cadenceSpm", "runsOnCamberedRoads", "restDaysPerWeek");

    private final ResultService results;

    TriageController(ResultService results) {
        this.results = results;
    }

    @InitBinder("triageForm")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(new TriageFormValidator());
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("fieldOrder", FIELD_ORDER);
        model.addAttribute("redFlagChoices", List.of(RedFlag.values()));
        model.addAttribute("locationChoices", List.of(Location.values()));
        model.addAttribute("sideChoices", List.of(Side.values()));
        model.addAttribute("characterChoices", List.of(PainCharacter.values()));
        model.addAttribute("onsetChoices", List.of(Onset.values()));
        model.addAttribute("timingChoices", List.of(Timing.values()));
        model.addAttribute("durationUnitChoices", List.of(DurationUnit.values()));
        model.addAttribute("distanceUnitChoices", List.of(DistanceUnit.values()));
    }

    @GetMapping("/triage")
    String initTriageForm(Model model) {
        model.addAttribute("triageForm", new TriageForm());
        return VIEW_FORM;
    }

    @PostMapping("/triage")
    ModelAndView processTriageForm(@Valid @ModelAttribute("triageForm") TriageForm form, BindingResult result) {
        if (result.hasErrors()) {
            return new ModelAndView(VIEW_FORM, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        StoredResult stored = results.create(form.toAnswers());
        // 303: the browser fetches the result with GET, so a reload never submits the answers again.
        String resultPath = UriComponentsBuilder.fromPath("/r/{token}").buildAndExpand(stored.token()).toUriString();
        RedirectView redirect = new RedirectView(resultPath, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }
}

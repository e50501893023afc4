package app.kneetriage.rules.admin;

import java.security.Principal;
import java.util.List;

import app.kneetriage.system.Redirects;
import jakarta.validation.Valid;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.content.ExerciseEntry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin home, the draft with its test cases, exercise editing, publishing and rollback. */
@Controller
class RuleAdminController {

    static final String VIEW_HOME = "admin/index";

    static final String VIEW_DRAFT = "admin/rules/draft";

    static final String VIEW_EXERCISE = "admin/rules/exercise";

    static final String VIEW_VERSIONS = "admin/rules/versions";

    static final String VIEW_IMPORT = "admin/rules/import";

    private final RuleAdmin rules;

    RuleAdminController(RuleAdmin rules) {
        this.rules = rules;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
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
        model.addAttribute("state", rules.draftState());
        return VIEW_DRAFT;
    }

    @PostMapping("/admin/rules/draft")
    ModelAndView startDraft(Principal admin) {
        rules.startDraft(admin.getName());
        return new ModelAndView(Redirects.seeOther("/admin/rules"));
    }

    @PostMapping("/admin/rules/draft/discard")
    ModelAndView discardDraft(Principal admin, RedirectAttributes redirect) {
        rules.discardDraft(admin.getName());
        redirect.addFlashAttribute("message", "draft.discarded");
        return new ModelAndView(Redirects.seeOther("/admin/rules"));
    }

    @GetMapping("/admin/rules/exercises/{id}")
    String initExerciseForm(@PathVariable long id, Model model) {
        ExerciseEntry exercise = rules.draftExercise(id);
        model.addAttribute("exercise", exercise);
        model.addAttribute("exerciseForm", ExerciseForm.of(exercise));
        return VIEW_EXERCISE;
    }

    @PostMapping("/admin/rules/exercises/{id}")
    ModelAndView processExerciseForm(@PathVariable long id, @Valid @ModelAttribute("exerciseForm") ExerciseForm form,
            BindingResult result, Principal admin, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                rules.updateExercise(admin.getName(), id, form);
                redirect.addFlashAttribute("message", "exercise.saved");
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
                // Keep the admin's input, show what is saved now, and let a second save overwrite knowingly.
                result.reject("edit.stale");
                form.setVersion(rules.draftExercise(id).getVersion());
            }
        }
        ModelAndView page = new ModelAndView(VIEW_EXERCISE, HttpStatus.UNPROCESSABLE_CONTENT);
        page.addObject("exercise", rules.draftExercise(id));
        return page;
    }

    @GetMapping("/admin/rules/exercises/new")
    String initNewExerciseForm(Model model) {
        ExerciseForm form = new ExerciseForm();
        form.setVersion(0L);
        model.addAttribute("exerciseForm", form);
        return VIEW_EXERCISE;
    }

    @PostMapping("/admin/rules/exercises/new")
    ModelAndView processNewExerciseForm(@Valid @ModelAttribute("exerciseForm") ExerciseForm form,
            BindingResult result, Principal admin, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("code") && rules.draftExerciseCodes().contains(form.getCode().strip())) {
            result.rejectValue("code", "exercise.codeTaken");
        }
        if (!result.hasErrors()) {
            try {
                rules.createExercise(admin.getName(), form);
                redirect.addFlashAttribute("message", "exercise.saved");
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            } catch (InvalidRuleException e) {
                result.reject("cause.invalid", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        return new ModelAndView(VIEW_EXERCISE, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @PostMapping("/admin/rules/exercises/{id}/delete")
    ModelAndView deleteExercise(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
        rules.deleteExercise(admin.getName(), id);
        redirect.addFlashAttribute("message", "exercise.deleted");
        return new ModelAndView(Redirects.seeOther("/admin/rules"));
    }

    @PostMapping("/admin/rules/publish")
    ModelAndView publish(@Valid @ModelAttribute("publishForm") PublishForm form, BindingResult result,
            Principal admin, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                int version = rules.publish(admin.getName(), form.getChangeNote().strip());
                redirect.addFlashAttribute("publishedVersion", version);
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            } catch (PublishRefusedException e) {
                result.reject("publish.refused");
                return draftPage(e.problems());
            }
        }
        return draftPage(List.of());
    }

    @GetMapping("/admin/rules/versions")
    String versions(Model model) {
        model.addAttribute("versions", rules.publishedVersions());
        return VIEW_VERSIONS;
    }

    @PostMapping("/admin/rules/versions/{number}/republish")
    ModelAndView republish(@PathVariable int number, Principal admin, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("publishedVersion", rules.republish(admin.getName(), number));
        } catch (PublishRefusedException e) {
            redirect.addFlashAttribute("refused", e.problems());
        }
        return new ModelAndView(Redirects.seeOther("/admin/rules/versions"));
    }

    @GetMapping(path = "/admin/rules/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> export(@RequestParam(required = false) Integer version) {
        String name = version == null ? "draft" : "v" + version;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"knee-triage-rules-" + name + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(rules.export(version));
    }

    @GetMapping("/admin/rules/import")
    String initImportForm(Model model) {
        model.addAttribute("importForm", new ImportForm());
        return VIEW_IMPORT;
    }

    @PostMapping("/admin/rules/import")
    ModelAndView processImportForm(@Valid @ModelAttribute("importForm") ImportForm form, BindingResult result,
            Principal admin, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                rules.importDraft(admin.getName(), form.getDocument());
                redirect.addFlashAttribute("message", "import.done");
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            } catch (InvalidRuleException e) {
                result.rejectValue("document", "import.invalid", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        return new ModelAndView(VIEW_IMPORT, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private ModelAndView draftPage(List<String> refusal) {
        ModelAndView page = new ModelAndView(VIEW_DRAFT, HttpStatus.UNPROCESSABLE_CONTENT);
        page.addObject("state", rules.draftState());
        page.addObject("refused", refusal);
        return page;
    }
}

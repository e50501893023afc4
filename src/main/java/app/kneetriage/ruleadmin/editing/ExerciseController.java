package app.kneetriage.ruleadmin.editing;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import app.kneetriage.rules.ExerciseKind;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.TextLimits;
import app.kneetriage.rules.content.ExerciseEntry;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing, adding and removing the draft's exercises. */
@Controller
class ExerciseController {

    static final String VIEW_EXERCISE = "ruleadmin/exercise";

    private final ExerciseEditing exercises;

    ExerciseController(ExerciseEditing exercises) {
        this.exercises = exercises;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("kindChoices")
    List<ExerciseKind> kindChoices() {
        return List.of(ExerciseKind.values());
    }

    @GetMapping("/admin/rules/exercises/{code}")
    String initExerciseForm(@PathVariable String code, Model model) {
        long id = exercises.draftExerciseId(code);
        ExerciseEntry exercise = exercises.draftExercise(id);
        model.addAttribute("exercise", exercise);
        model.addAttribute("exerciseForm", ExerciseForm.of(exercise));
        return VIEW_EXERCISE;
    }

    @PostMapping("/admin/rules/exercises/{code}")
    ModelAndView processExerciseForm(@PathVariable String code,
            @Valid @ModelAttribute("exerciseForm") ExerciseForm form, BindingResult result, Principal admin,
            RedirectAttributes redirect) {
        long id = exercises.draftExerciseId(code);
        if (!result.hasErrors()) {
            try {
                exercises.update(admin.getName(), id, form);
                redirect.addFlashAttribute("message", "exercise.saved");
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            }
            catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
                // Keep the admin's input, show what is saved now, and let a second save
                // overwrite knowingly.
                result.reject("edit.stale");
                form.setVersion(exercises.draftExercise(id).getVersion());
            }
            catch (InvalidRuleException e) {
                result.reject("cause.invalid", new Object[] { e.getMessage() }, e.getMessage());
            }
        }
        ModelAndView page = new ModelAndView(VIEW_EXERCISE, HttpStatus.UNPROCESSABLE_CONTENT);
        page.addObject("exercise", exercises.draftExercise(id));
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
    ModelAndView processNewExerciseForm(@Valid @ModelAttribute("exerciseForm") ExerciseForm form, BindingResult result,
            Principal admin, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("code") && exercises.draftExerciseCodes().contains(form.getCode().strip())) {
            result.rejectValue("code", "exercise.codeTaken");
        }
        if (!result.hasErrors()) {
            try {
                exercises.create(admin.getName(), form);
                redirect.addFlashAttribute("message", "exercise.saved");
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            }
            catch (InvalidRuleException e) {
                result.reject("cause.invalid", new Object[] { e.getMessage() }, e.getMessage());
            }
        }
        return new ModelAndView(VIEW_EXERCISE, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** A new picture for a draft exercise: PNG, JPEG or WebP, checked by its content. */
    @PostMapping("/admin/rules/exercises/{code}/picture")
    ModelAndView uploadPicture(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String alt, Principal admin, RedirectAttributes redirect)
            throws IOException {
        long id = exercises.draftExerciseId(code);
        StringBuilder problem = new StringBuilder();
        Optional<PictureUpload> upload = PictureUpload.check(file == null ? null : file.getBytes(), problem);
        boolean altMissing = alt == null || alt.isBlank() || alt.strip().length() > TextLimits.PICTURE_ALT;
        if (upload.isEmpty() || altMissing) {
            ExerciseEntry exercise = exercises.draftExercise(id);
            ModelAndView page = new ModelAndView(VIEW_EXERCISE, HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("exercise", exercise);
            page.addObject("exerciseForm", ExerciseForm.of(exercise));
            page.addObject("pictureProblem", problem.isEmpty() ? null : problem.toString());
            page.addObject("pictureAltMissing", altMissing);
            page.addObject("pictureAlt", alt);
            return page;
        }
        exercises.setPicture(admin.getName(), id, upload.get(), alt);
        redirect.addFlashAttribute("message", "exercise.pictureSaved");
        return new ModelAndView(Redirects.seeOther("/admin/rules/exercises/{code}", code));
    }

    /** Removing takes the exercise out of every cause's plan: the page asks first. */
    @GetMapping("/admin/rules/exercises/{code}/delete")
    String confirmDelete(@PathVariable String code, Model model) {
        model.addAttribute("confirm", "exercise.confirmDelete");
        model.addAttribute("subject", exercises.draftExercise(exercises.draftExerciseId(code)).getName());
        model.addAttribute("action", "/admin/rules/exercises/" + code + "/delete");
        model.addAttribute("back", "/admin/rules/exercises/" + code);
        return "ruleadmin/confirm";
    }

    @PostMapping("/admin/rules/exercises/{code}/delete")
    ModelAndView deleteExercise(@PathVariable String code, Principal admin, Model model, RedirectAttributes redirect) {
        try {
            exercises.delete(admin.getName(), exercises.draftExerciseId(code));
        }
        catch (InvalidRuleException usedElsewhere) {
            model.addAttribute("refusal", "exercise.deleteRefused");
            model.addAttribute("refusalDetail", usedElsewhere.getMessage());
            return new ModelAndView(confirmDelete(code, model), model.asMap(), HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("message", "exercise.deleted");
        return new ModelAndView(Redirects.seeOther("/admin/rules"));
    }

}

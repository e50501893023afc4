package app.kneetriage.ruleadmin.editing;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import app.kneetriage.rules.Field;
import app.kneetriage.rules.InvalidRuleException;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing a cause of the draft. Its conditions are rows of field, operator and values
 * offered from what the engine supports (or a JSON group); rows are added and removed
 * with submit buttons.
 */
@Controller
class CauseAdminController {

    static final String VIEW_CAUSE = "ruleadmin/cause";

    private final CauseEditing causes;

    private final ExerciseEditing exercises;

    CauseAdminController(CauseEditing causes, ExerciseEditing exercises) {
        this.causes = causes;
        this.exercises = exercises;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.setAutoGrowCollectionLimit(100);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("fieldChoices", Arrays.stream(Field.values()).map(Field::key).toList());
    }

    @GetMapping("/admin/rules/causes/{code}")
    String initCauseForm(@PathVariable String code, Model model) {
        long id = causes.draftCauseId(code);
        model.addAttribute("causeForm", CauseForm.of(causes.draftCause(id)));
        return page(code, model);
    }

    @GetMapping("/admin/rules/causes/new")
    String initNewCauseForm(Model model) {
        CauseForm form = new CauseForm();
        form.setVersion(0L);
        form.getPattern().add(new PatternRow());
        model.addAttribute("causeForm", form);
        return page(null, model);
    }

    /** Removing takes the cause's conditions and advice with it: the page asks first. */
    @GetMapping("/admin/rules/causes/{code}/delete")
    String confirmDelete(@PathVariable String code, Model model) {
        model.addAttribute("confirm", "cause.confirmDelete");
        model.addAttribute("subject", causes.draftCause(causes.draftCauseId(code)).getName());
        model.addAttribute("action", "/admin/rules/causes/" + code + "/delete");
        model.addAttribute("back", "/admin/rules/causes/" + code);
        return "ruleadmin/confirm";
    }

    @PostMapping("/admin/rules/causes/{code}/delete")
    ModelAndView deleteCause(@PathVariable String code, Principal admin, Model model, RedirectAttributes redirect) {
        try {
            causes.delete(admin.getName(), causes.draftCauseId(code));
        }
        catch (InvalidRuleException usedElsewhere) {
            // Another rule names this cause (a running or urgency rule, say): nothing was
            // removed, and the page says which.
            model.addAttribute("refusal", "cause.deleteRefused");
            model.addAttribute("refusalDetail", usedElsewhere.getMessage());
            return new ModelAndView(confirmDelete(code, model), model.asMap(), HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("message", "cause.deleted");
        return new ModelAndView(Redirects.seeOther("/admin/rules"));
    }

    // One button a post: each button's handler excludes the others, so a post naming two
    // matches none and is answered 400 instead of failing as an ambiguous mapping.
    @PostMapping(path = { "/admin/rules/causes/{code}", "/admin/rules/causes/new" }, params = { "addCondition",
            "!removeCondition", "!addExercise", "!removeExercise", "!" + ConditionButtons.PARAMETER })
    String addCondition(@PathVariable(required = false) String code, @ModelAttribute("causeForm") CauseForm form,
            Model model) {
        form.getPattern().add(new PatternRow());
        model.addAttribute("openPath", "pattern[" + (form.getPattern().size() - 1) + "]");
        return page(code, model);
    }

    @PostMapping(path = { "/admin/rules/causes/{code}", "/admin/rules/causes/new" }, params = { "!addCondition",
            "!removeCondition", "!addExercise", "!removeExercise", ConditionButtons.PARAMETER })
    String build(@PathVariable(required = false) String code, @ModelAttribute("causeForm") CauseForm form,
            @RequestParam(ConditionButtons.PARAMETER) String action, Model model) {
        model.addAttribute("openPath", ConditionButtons.act(form, form.conditionRows(), action));
        return page(code, model);
    }

    @PostMapping(path = { "/admin/rules/causes/{code}", "/admin/rules/causes/new" }, params = { "!addCondition",
            "removeCondition", "!addExercise", "!removeExercise", "!" + ConditionButtons.PARAMETER })
    String removeCondition(@PathVariable(required = false) String code, @ModelAttribute("causeForm") CauseForm form,
            @RequestParam int removeCondition, Model model) {
        if (removeCondition >= 0 && removeCondition < form.getPattern().size()) {
            form.getPattern().remove(removeCondition);
        }
        return page(code, model);
    }

    @PostMapping(path = { "/admin/rules/causes/{code}", "/admin/rules/causes/new" }, params = { "!addCondition",
            "!removeCondition", "addExercise", "!removeExercise", "!" + ConditionButtons.PARAMETER })
    String addExercise(@PathVariable(required = false) String code, @ModelAttribute("causeForm") CauseForm form,
            Model model) {
        List<String> codes = exercises.draftExerciseCodes();
        form.getExercises().add(codes.isEmpty() ? "" : codes.get(0));
        return page(code, model);
    }

    @PostMapping(path = { "/admin/rules/causes/{code}", "/admin/rules/causes/new" }, params = { "!addCondition",
            "!removeCondition", "!addExercise", "removeExercise", "!" + ConditionButtons.PARAMETER })
    String removeExercise(@PathVariable(required = false) String code, @ModelAttribute("causeForm") CauseForm form,
            @RequestParam int removeExercise, Model model) {
        if (removeExercise >= 0 && removeExercise < form.getExercises().size()) {
            form.getExercises().remove(removeExercise);
        }
        return page(code, model);
    }

    @PostMapping(path = { "/admin/rules/causes/{code}", "/admin/rules/causes/new" }, params = { "!addCondition",
            "!removeCondition", "!addExercise", "!removeExercise", "!" + ConditionButtons.PARAMETER })
    ModelAndView processCauseForm(@PathVariable(required = false) String code,
            @Valid @ModelAttribute("causeForm") CauseForm form, BindingResult result, Principal admin, Model model,
            RedirectAttributes redirect) {
        ConditionBuilder.check(form.getPattern().stream().map(PatternRow::getCondition).toList(), "pattern", false,
                result);
        ConditionBuilder.check(form.getRankFirstWhen(), "rankFirstWhen", true, result);
        ConditionBuilder.check(form.getListWhenWeak(), "listWhenWeak", true, result);
        ConditionBuilder.check(form.getListOnlyWhen(), "listOnlyWhen", true, result);
        if (form.getExercises().stream().distinct().count() < form.getExercises().size()) {
            result.reject("cause.exerciseTwice");
        }
        if (form.getPattern().isEmpty()) {
            result.reject("cause.noConditions");
        }
        Long id = code == null ? null : causes.draftCauseId(code);
        if (!result.hasFieldErrors("code") && form.getCode() != null && causes.codeTaken(form.getCode().strip(), id)) {
            result.rejectValue("code", "cause.codeTaken");
        }
        if (!result.hasErrors()) {
            try {
                if (id == null) {
                    causes.create(admin.getName(), form);
                }
                else {
                    causes.update(admin.getName(), id, form);
                }
                redirect.addFlashAttribute("message", "cause.saved");
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            }
            catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
                result.reject("cause.stale");
                form.setVersion(causes.draftCause(id).getVersion());
            }
            catch (InvalidRuleException e) {
                result.reject("cause.invalid", new Object[] { e.getMessage() }, e.getMessage());
            }
        }
        return new ModelAndView(page(code, model), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private String page(String code, Model model) {
        model.addAttribute("causeCode", code);
        model.addAttribute("exerciseChoices", exercises.draftExerciseNames());
        return VIEW_CAUSE;
    }

}

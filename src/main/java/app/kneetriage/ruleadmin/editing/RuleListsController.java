package app.kneetriage.ruleadmin.editing;

import java.security.Principal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.ExerciseKind;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.Fit;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
import app.kneetriage.rules.content.StaleEditException;
import app.kneetriage.system.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft's ordered lists (urgency rules, advice, return-to-run weeks), one mechanism
 * for all of them: each list is edited as a whole, and rows are added, removed and moved
 * up with submit buttons, so the pages work without JavaScript.
 */
@Controller
@RequestMapping("/admin/rules/{list:" + DraftList.PATHS + "}")
class RuleListsController {

    private final DraftLists lists;

    RuleListsController(DraftLists lists) {
        this.lists = lists;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.setAutoGrowCollectionLimit(200);
    }

    /** An empty form of the list's own type, for the request's fields to be bound to. */
    @ModelAttribute("listForm")
    ListForms.RowsForm<?> listForm(@PathVariable("list") String path) {
        return list(path).newForm();
    }

    @GetMapping
    String initListForm(@PathVariable("list") String path, Model model) {
        DraftList list = list(path);
        model.addAttribute("listForm", lists.form(list));
        return page(list, model);
    }

    // One button a post: each button's handler excludes the others, so a post naming two
    // matches none and is answered 400 instead of failing as an ambiguous mapping.
    @PostMapping(params = { "addRow", "!removeRow", "!moveUp", "!moveDown", "!" + ConditionButtons.PARAMETER })
    String addRow(@PathVariable("list") String path, @ModelAttribute("listForm") ListForms.RowsForm<?> form,
            Model model) {
        form.addRow();
        model.addAttribute("openPath", "rows[" + (form.getRows().size() - 1) + "]");
        return page(list(path), model);
    }

    @PostMapping(params = { "!addRow", "removeRow", "!moveUp", "!moveDown", "!" + ConditionButtons.PARAMETER })
    String removeRow(@PathVariable("list") String path, @ModelAttribute("listForm") ListForms.RowsForm<?> form,
            @RequestParam int removeRow, Model model) {
        if (removeRow >= 0 && removeRow < form.getRows().size()) {
            form.getRows().remove(removeRow);
        }
        return page(list(path), model);
    }

    @PostMapping(params = { "!addRow", "!removeRow", "moveUp", "!moveDown", "!" + ConditionButtons.PARAMETER })
    String moveUp(@PathVariable("list") String path, @ModelAttribute("listForm") ListForms.RowsForm<?> form,
            @RequestParam int moveUp, Model model) {
        if (moveUp > 0 && moveUp < form.getRows().size()) {
            Collections.swap(form.getRows(), moveUp, moveUp - 1);
        }
        model.addAttribute("openPath", "rows[" + Math.max(0, moveUp - 1) + "]");
        return page(list(path), model);
    }

    @PostMapping(params = { "!addRow", "!removeRow", "!moveUp", "moveDown", "!" + ConditionButtons.PARAMETER })
    String moveDown(@PathVariable("list") String path, @ModelAttribute("listForm") ListForms.RowsForm<?> form,
            @RequestParam int moveDown, Model model) {
        if (moveDown >= 0 && moveDown < form.getRows().size() - 1) {
            Collections.swap(form.getRows(), moveDown, moveDown + 1);
        }
        model.addAttribute("openPath", "rows[" + Math.min(form.getRows().size() - 1, moveDown + 1) + "]");
        return page(list(path), model);
    }

    @PostMapping(params = { "!addRow", "!removeRow", "!moveUp", "!moveDown", ConditionButtons.PARAMETER })
    String build(@PathVariable("list") String path, @ModelAttribute("listForm") ListForms.RowsForm<?> form,
            @RequestParam(ConditionButtons.PARAMETER) String action, Model model) {
        model.addAttribute("openPath", ConditionButtons.act(form, form.conditionRows(), action));
        return page(list(path), model);
    }

    @PostMapping(params = { "!addRow", "!removeRow", "!moveUp", "!moveDown", "!" + ConditionButtons.PARAMETER })
    ModelAndView processListForm(@PathVariable("list") String path,
            @Valid @ModelAttribute("listForm") ListForms.RowsForm<?> form, BindingResult result, Principal admin,
            RedirectAttributes redirect, Model model) {
        DraftList list = list(path);
        ConditionBuilder.check(form.conditionRows(), "rows", form.conditionsOptional(), result);
        if (!result.hasErrors()) {
            try {
                lists.save(list, admin.getName(), form);
                redirect.addFlashAttribute("message", "list.saved");
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            }
            catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
                result.reject("list.stale");
                form.setFingerprint(lists.form(list).getFingerprint());
            }
            catch (InvalidRuleException e) {
                result.reject("cause.invalid", new Object[] { e.getMessage() }, e.getMessage());
            }
        }
        return new ModelAndView(page(list, model), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private String page(DraftList list, Model model) {
        model.addAttribute("fieldChoices", Arrays.stream(Field.values()).map(Field::key).toList());
        model.addAttribute("urgencyChoices", List.of(Urgency.values()));
        model.addAttribute("sectionChoices", List.of(AdviceSection.values()));
        if (list != DraftList.STEPS && list != DraftList.SECTIONS) {
            model.addAttribute("causeChoices", lists.causeNames());
        }
        model.addAttribute("runningChoices", List.of(RunningAdvice.values()));
        model.addAttribute("fitChoices", List.of(Fit.values()));
        model.addAttribute("kindChoices", List.of(ExerciseKind.values()));
        return list.view();
    }

    private static DraftList list(String path) {
        return DraftList.byPath(path).orElseThrow(NotFoundException::new);
    }

}

package app.kneetriage.ruleadmin.editing;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import app.kneetriage.ruleadmin.StaleEditException;
import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.Operator;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft's urgency rules, advice and return-to-run weeks, each edited as one ordered
 * list. Rows are added, removed and moved up with submit buttons, so the pages work
 * without JavaScript.
 */
@Controller
class RuleListsController {

    static final String VIEW_URGENCY = "admin/rules/urgency";

    static final String VIEW_ADVICE = "admin/rules/advice";

    static final String VIEW_STEPS = "admin/rules/steps";

    private final DraftLists lists;

    RuleListsController(DraftLists lists) {
        this.lists = lists;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.setAutoGrowCollectionLimit(200);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("fieldChoices", Arrays.stream(Field.values()).map(Field::key).toList());
        model.addAttribute("operatorChoices", List.of(Operator.values()));
        model.addAttribute("urgencyChoices", List.of(Urgency.values()));
        model.addAttribute("sectionChoices", List.of(AdviceSection.values()));
    }

    // Urgency rules

    @GetMapping("/admin/rules/urgency")
    String initUrgencyForm(Model model) {
        model.addAttribute("listForm", lists.urgencyForm());
        return VIEW_URGENCY;
    }

    @PostMapping(path = "/admin/rules/urgency", params = { "!addRow", "!removeRow", "!moveUp" })
    ModelAndView processUrgencyForm(@Valid @ModelAttribute("listForm") ListForms.UrgencyRulesForm form,
            BindingResult result, Principal admin, RedirectAttributes redirect) {
        List<String> conditions = conditions(form.getRows().stream().map(ListForms.UrgencyRow::getCondition).toList(),
                false, result);
        return save(result, redirect, VIEW_URGENCY, form,
                () -> lists.saveUrgencyRules(admin.getName(), form, conditions), () -> lists.urgencyForm());
    }

    @PostMapping(path = "/admin/rules/urgency", params = { "addRow" })
    String addUrgencyRow(@ModelAttribute("listForm") ListForms.UrgencyRulesForm form) {
        form.getRows().add(form.newRow());
        return VIEW_URGENCY;
    }

    @PostMapping(path = "/admin/rules/urgency", params = { "removeRow" })
    String removeUrgencyRow(@ModelAttribute("listForm") ListForms.UrgencyRulesForm form, @RequestParam int removeRow) {
        remove(form.getRows(), removeRow);
        return VIEW_URGENCY;
    }

    @PostMapping(path = "/admin/rules/urgency", params = { "moveUp" })
    String moveUrgencyRow(@ModelAttribute("listForm") ListForms.UrgencyRulesForm form, @RequestParam int moveUp) {
        moveUp(form.getRows(), moveUp);
        return VIEW_URGENCY;
    }

    // Advice

    @GetMapping("/admin/rules/advice")
    String initAdviceForm(Model model) {
        model.addAttribute("listForm", lists.adviceForm());
        model.addAttribute("causeChoices", lists.causeCodes());
        return VIEW_ADVICE;
    }

    @PostMapping(path = "/admin/rules/advice", params = { "!addRow", "!removeRow", "!moveUp" })
    ModelAndView processAdviceForm(@Valid @ModelAttribute("listForm") ListForms.AdviceListForm form,
            BindingResult result, Principal admin, RedirectAttributes redirect, Model model) {
        model.addAttribute("causeChoices", lists.causeCodes());
        List<String> conditions = conditions(form.getRows().stream().map(ListForms.AdviceRow::getCondition).toList(),
                true, result);
        return save(result, redirect, VIEW_ADVICE, form, () -> lists.saveAdvice(admin.getName(), form, conditions),
                () -> lists.adviceForm());
    }

    @PostMapping(path = "/admin/rules/advice", params = { "addRow" })
    String addAdviceRow(@ModelAttribute("listForm") ListForms.AdviceListForm form, Model model) {
        model.addAttribute("causeChoices", lists.causeCodes());
        form.getRows().add(form.newRow());
        return VIEW_ADVICE;
    }

    @PostMapping(path = "/admin/rules/advice", params = { "removeRow" })
    String removeAdviceRow(@ModelAttribute("listForm") ListForms.AdviceListForm form, @RequestParam int removeRow,
            Model model) {
        model.addAttribute("causeChoices", lists.causeCodes());
        remove(form.getRows(), removeRow);
        return VIEW_ADVICE;
    }

    @PostMapping(path = "/admin/rules/advice", params = { "moveUp" })
    String moveAdviceRow(@ModelAttribute("listForm") ListForms.AdviceListForm form, @RequestParam int moveUp,
            Model model) {
        model.addAttribute("causeChoices", lists.causeCodes());
        moveUp(form.getRows(), moveUp);
        return VIEW_ADVICE;
    }

    // Return-to-run weeks

    @GetMapping("/admin/rules/steps")
    String initStepsForm(Model model) {
        model.addAttribute("listForm", lists.stepsForm());
        return VIEW_STEPS;
    }

    @PostMapping(path = "/admin/rules/steps", params = { "!addRow", "!removeRow", "!moveUp" })
    ModelAndView processStepsForm(@Valid @ModelAttribute("listForm") ListForms.StepsForm form, BindingResult result,
            Principal admin, RedirectAttributes redirect) {
        return save(result, redirect, VIEW_STEPS, form, () -> lists.saveSteps(admin.getName(), form),
                () -> lists.stepsForm());
    }

    @PostMapping(path = "/admin/rules/steps", params = { "addRow" })
    String addStepRow(@ModelAttribute("listForm") ListForms.StepsForm form) {
        form.getRows().add(form.newRow());
        return VIEW_STEPS;
    }

    @PostMapping(path = "/admin/rules/steps", params = { "removeRow" })
    String removeStepRow(@ModelAttribute("listForm") ListForms.StepsForm form, @RequestParam int removeRow) {
        remove(form.getRows(), removeRow);
        return VIEW_STEPS;
    }

    @PostMapping(path = "/admin/rules/steps", params = { "moveUp" })
    String moveStepRow(@ModelAttribute("listForm") ListForms.StepsForm form, @RequestParam int moveUp) {
        moveUp(form.getRows(), moveUp);
        return VIEW_STEPS;
    }

    /**
     * Each row's condition as stored JSON; a blank optional condition is null ("always").
     */
    private static List<String> conditions(List<ConditionRow> rows, boolean optional, BindingResult result) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ConditionRow row = rows.get(i);
            if (optional && row.isBlank()) {
                conditions.add(null);
                continue;
            }
            try {
                conditions.add(row.toJson());
            }
            catch (InvalidRuleException e) {
                conditions.add(null);
                result.rejectValue("rows[" + i + "].condition.values", "condition.invalid",
                        new Object[] { e.getMessage() }, e.getMessage());
            }
        }
        return conditions;
    }

    private static ModelAndView save(BindingResult result, RedirectAttributes redirect, String view,
            ListForms.RowsForm<?> form, Runnable save, java.util.function.Supplier<ListForms.RowsForm<?>> current) {
        if (!result.hasErrors()) {
            try {
                save.run();
                redirect.addFlashAttribute("message", "list.saved");
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            }
            catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
                result.reject("list.stale");
                form.setFingerprint(current.get().getFingerprint());
            }
            catch (InvalidRuleException e) {
                result.reject("cause.invalid", new Object[] { e.getMessage() }, e.getMessage());
            }
        }
        return new ModelAndView(view, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private static void remove(List<?> rows, int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    private static void moveUp(List<?> rows, int index) {
        if (index > 0 && index < rows.size()) {
            Collections.swap(rows, index, index - 1);
        }
    }

}

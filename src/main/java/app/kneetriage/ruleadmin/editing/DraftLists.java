package app.kneetriage.ruleadmin.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.kneetriage.rules.AdviceRule;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.UrgencyRule;
import app.kneetriage.rules.content.AdviceEntry;
import app.kneetriage.rules.content.ReturnStepEntry;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.UrgencyRuleEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft's ordered lists (urgency rules, advice, return-to-run weeks; running rules,
 * section rules and exercise limits through {@link PlanRuleLists}), each replaced as a
 * whole. A list's fingerprint (ids and versions of its rows) tells whether someone saved
 * it since a copy was opened; the whole draft is checked by the engine before a new list
 * is kept.
 */
@Service
class DraftLists {

    private final ListEdits edits;

    private final PlanRuleLists planRules;

    DraftLists(ListEdits edits, PlanRuleLists planRules) {
        this.edits = edits;
        this.planRules = planRules;
    }

    private ListForms.UrgencyRulesForm urgencyForm() {
        RuleVersion draft = edits.draft();
        ListForms.UrgencyRulesForm form = new ListForms.UrgencyRulesForm();
        form.setFingerprint(ListEdits.fingerprint(draft.getUrgencyRules(), r -> r.getId() + ":" + r.getVersion()));
        for (UrgencyRuleEntry rule : draft.getUrgencyRules()) {
            ListForms.UrgencyRow row = new ListForms.UrgencyRow();
            row.setLevel(rule.getLevel());
            row.setCondition(ConditionRow.of(rule.getCondition()));
            row.setReason(rule.getReason());
            row.setWhenCause(rule.getWhenCause() == null ? "" : rule.getWhenCause());
            row.setWhenCauseFit(rule.getWhenCauseFit());
            form.getRows().add(row);
        }
        return form;
    }

    private ListForms.AdviceListForm adviceForm() {
        RuleVersion draft = edits.draft();
        ListForms.AdviceListForm form = new ListForms.AdviceListForm();
        form.setFingerprint(ListEdits.fingerprint(draft.getAdvice(), a -> a.getId() + ":" + a.getVersion()));
        for (AdviceEntry advice : draft.getAdvice()) {
            ListForms.AdviceRow row = new ListForms.AdviceRow();
            row.setSection(advice.getSection());
            row.setCause(advice.getCause() == null ? "" : advice.getCause().getCode());
            row.setCondition(ConditionRow.of(advice.getCondition()));
            row.setText(advice.getText());
            row.setWhenUrgency(advice.getWhenUrgency());
            form.getRows().add(row);
        }
        return form;
    }

    private ListForms.StepsForm stepsForm() {
        RuleVersion draft = edits.draft();
        ListForms.StepsForm form = new ListForms.StepsForm();
        form.setFingerprint(ListEdits.fingerprint(draft.getReturnSteps(), s -> s.getId() + ":" + s.getVersion()));
        for (ReturnStepEntry step : draft.getReturnSteps()) {
            ReturnStepRow row = new ReturnStepRow();
            row.setWeek(step.getWeekNumber());
            row.setDescription(step.getDescription());
            row.setSessions(step.getSessionsPerWeek());
            row.setWalkMinutes(step.getPlannedWalkMinutes());
            row.setRunMinutes(step.getPlannedRunMinutes());
            form.getRows().add(row);
        }
        return form;
    }

    @Transactional(readOnly = true)
    /** The draft's causes, code to name, in their order. */
    Map<String, String> causeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        edits.draft().getCauses().forEach(cause -> names.put(cause.getCode(), cause.getName()));
        return names;
    }

    /** The stored list as a form, with the fingerprint of what was read. */
    @Transactional(readOnly = true)
    ListForms.RowsForm<?> form(DraftList list) {
        return switch (list) {
            case URGENCY -> urgencyForm();
            case ADVICE -> adviceForm();
            case STEPS -> stepsForm();
            case RUNNING -> planRules.runningForm();
            case SECTIONS -> planRules.sectionsForm();
            case LIMITS -> planRules.limitsForm();
        };
    }

    /**
     * Replaces the stored list with the form's rows.
     * @throws StaleEditException when someone saved the list after the form's copy was
     * read
     * @throws InvalidRuleException when the draft would no longer be something the engine
     * can evaluate
     */
    @Transactional
    void save(DraftList list, String actor, ListForms.RowsForm<?> form) {
        switch (list) {
            case URGENCY -> saveUrgencyRules(actor, (ListForms.UrgencyRulesForm) form);
            case ADVICE -> saveAdvice(actor, (ListForms.AdviceListForm) form);
            case STEPS -> saveSteps(actor, (ListForms.StepsForm) form);
            case RUNNING -> planRules.saveRunning(actor, (RunningRulesForm) form);
            case SECTIONS -> planRules.saveSections(actor, (SectionRulesForm) form);
            case LIMITS -> planRules.saveLimits(actor, (ExerciseLimitsForm) form);
        }
    }

    private void saveUrgencyRules(String actor, ListForms.UrgencyRulesForm form) {
        Function<UrgencyRuleEntry, Object> view = r -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("level", r.getLevel());
            edits.withCondition(fields, r.getCondition());
            fields.put("reason", r.getReason());
            if (r.getWhenCause() != null) {
                fields.put("whenCause", r.getWhenCause());
                fields.put("whenCauseFit", r.getWhenCauseFit());
            }
            return fields;
        };
        edits.replace(actor, DraftList.URGENCY, form.getFingerprint(), RuleVersion::getUrgencyRules,
                r -> r.getId() + ":" + r.getVersion(), view, draft -> {
                    List<String> causeCodes = draft.content().causeCodes();
                    List<UrgencyRule> rules = new ArrayList<>();
                    for (int i = 0; i < form.getRows().size(); i++) {
                        ListForms.UrgencyRow row = form.getRows().get(i);
                        String cause = row.getWhenCause() == null || row.getWhenCause().isBlank() ? null
                                : row.getWhenCause().strip();
                        if (cause != null && !causeCodes.contains(cause)) {
                            throw new InvalidRuleException(
                                    "urgency rule " + (i + 1) + " names an unknown cause " + cause);
                        }
                        rules.add(new UrgencyRule(row.getLevel(), row.getCondition().toCondition(), row.getReason(),
                                cause, cause == null ? null : row.getWhenCauseFit()));
                    }
                    draft.replaceUrgencyRules(rules);
                });
    }

    private void saveAdvice(String actor, ListForms.AdviceListForm form) {
        Function<AdviceEntry, Object> view = a -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("section", a.getSection());
            fields.put("cause", a.getCause() == null ? null : a.getCause().getCode());
            edits.withCondition(fields, a.getCondition());
            fields.put("text", a.getText());
            if (a.getWhenUrgency() != null) {
                fields.put("whenUrgency", a.getWhenUrgency());
            }
            return fields;
        };
        edits.replace(actor, DraftList.ADVICE, form.getFingerprint(), RuleVersion::getAdvice,
                a -> a.getId() + ":" + a.getVersion(), view, draft -> {
                    List<AdviceRule> advice = new ArrayList<>();
                    for (ListForms.AdviceRow row : form.getRows()) {
                        String cause = row.getCause() == null || row.getCause().isBlank() ? null : row.getCause();
                        advice.add(new AdviceRule(row.getSection(), cause, row.getCondition().toCondition(),
                                row.getText(), row.getWhenUrgency()));
                    }
                    draft.replaceAdvice(advice);
                });
    }

    private void saveSteps(String actor, ListForms.StepsForm form) {
        edits.replace(actor, DraftList.STEPS, form.getFingerprint(), RuleVersion::getReturnSteps,
                s -> s.getId() + ":" + s.getVersion(), DraftLists::describeStep, draft -> {
                    List<ReturnStep> steps = new ArrayList<>();
                    for (ReturnStepRow row : form.getRows()) {
                        steps.add(new ReturnStep(row.getWeek(), row.getDescription(), row.getSessions(),
                                row.getWalkMinutes(), row.getRunMinutes()));
                    }
                    draft.replaceReturnSteps(steps);
                });
    }

    /** A week for the audit log; empty parts left out. */
    private static Map<String, Object> describeStep(ReturnStepEntry step) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("week", step.getWeekNumber());
        described.put("description", step.getDescription());
        if (step.getSessionsPerWeek() != null) {
            described.put("sessions", step.getSessionsPerWeek());
        }
        if (step.getPlannedWalkMinutes() != null) {
            described.put("walkMinutes", step.getPlannedWalkMinutes());
            described.put("runMinutes", step.getPlannedRunMinutes());
        }
        return described;
    }

}

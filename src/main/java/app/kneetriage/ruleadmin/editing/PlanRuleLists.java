package app.kneetriage.ruleadmin.editing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import app.kneetriage.rules.ExerciseLimit;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.content.ExerciseLimitEntry;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.RunningRuleEntry;
import app.kneetriage.rules.content.SectionRuleEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft's running rules, section rules and exercise limits, each list replaced as a
 * whole like the others.
 */
@Service
class PlanRuleLists {

    private final ListEdits edits;

    PlanRuleLists(ListEdits edits) {
        this.edits = edits;
    }

    @Transactional(readOnly = true)
    RunningRulesForm runningForm() {
        RuleVersion draft = edits.draft();
        RunningRulesForm form = new RunningRulesForm();
        form.setFingerprint(ListEdits.fingerprint(draft.getRunningRules(), r -> r.getId() + ":" + r.getVersion()));
        for (RunningRuleEntry rule : draft.getRunningRules()) {
            RunningRulesForm.Row row = new RunningRulesForm.Row();
            row.setAdvice(rule.getAdvice());
            row.setWhenUrgency(rule.getWhenUrgency());
            row.setWhenTopCause(rule.getWhenTopCause() == null ? "" : rule.getWhenTopCause());
            row.setCondition(ConditionRow.of(rule.getCondition()));
            row.setText(rule.getText());
            form.getRows().add(row);
        }
        return form;
    }

    @Transactional(readOnly = true)
    SectionRulesForm sectionsForm() {
        RuleVersion draft = edits.draft();
        SectionRulesForm form = new SectionRulesForm();
        form.setFingerprint(ListEdits.fingerprint(draft.getSectionRules(), r -> r.getId() + ":" + r.getVersion()));
        for (SectionRuleEntry rule : draft.getSectionRules()) {
            SectionRulesForm.Row row = new SectionRulesForm.Row();
            row.setSection(rule.getSection());
            row.setCondition(ConditionRow.of(rule.getCondition()));
            form.getRows().add(row);
        }
        return form;
    }

    @Transactional
    void saveRunning(String actor, RunningRulesForm form) {
        RuleVersion draft = edits.lockedDraft();
        ListEdits.requireFresh(form.getFingerprint(),
                ListEdits.fingerprint(draft.getRunningRules(), r -> r.getId() + ":" + r.getVersion()));
        Function<RunningRuleEntry, Object> view = r -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("advice", r.getAdvice());
            fields.put("whenUrgency", r.getWhenUrgency());
            fields.put("whenTopCause", r.getWhenTopCause());
            edits.withCondition(fields, r.getCondition());
            fields.put("text", r.getText());
            return fields;
        };
        String before = ListEdits.describe(draft.getRunningRules(), view);
        draft.getRunningRules().clear();
        edits.flush();
        for (int i = 0; i < form.getRows().size(); i++) {
            RunningRulesForm.Row row = form.getRows().get(i);
            String cause = row.getWhenTopCause() == null || row.getWhenTopCause().isBlank() ? null
                    : row.getWhenTopCause().strip();
            if (cause != null && !draft.causeCodes().contains(cause)) {
                throw new InvalidRuleException("running rule " + (i + 1) + " names an unknown cause " + cause);
            }
            RunningRuleEntry rule = new RunningRuleEntry();
            rule.setRuleSet(draft);
            rule.setSortOrder(i + 1);
            rule.setAdvice(row.getAdvice());
            rule.setWhenUrgency(row.getWhenUrgency());
            rule.setWhenTopCause(cause);
            rule.setCondition(row.getCondition().toCondition());
            rule.setText(row.getText().strip());
            draft.getRunningRules().add(rule);
        }
        edits.keep(draft, actor, DraftList.RUNNING, before, ListEdits.describe(draft.getRunningRules(), view));
    }

    @Transactional
    void saveSections(String actor, SectionRulesForm form) {
        RuleVersion draft = edits.lockedDraft();
        ListEdits.requireFresh(form.getFingerprint(),
                ListEdits.fingerprint(draft.getSectionRules(), r -> r.getId() + ":" + r.getVersion()));
        Function<SectionRuleEntry, Object> view = r -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("section", r.getSection());
            return edits.withCondition(fields, r.getCondition());
        };
        String before = ListEdits.describe(draft.getSectionRules(), view);
        draft.getSectionRules().clear();
        edits.flush();
        for (int i = 0; i < form.getRows().size(); i++) {
            SectionRulesForm.Row row = form.getRows().get(i);
            SectionRuleEntry rule = new SectionRuleEntry();
            rule.setRuleSet(draft);
            rule.setSortOrder(i + 1);
            rule.setSection(row.getSection());
            rule.setCondition(row.getCondition().toCondition());
            draft.getSectionRules().add(rule);
        }
        edits.keep(draft, actor, DraftList.SECTIONS, before, ListEdits.describe(draft.getSectionRules(), view));
    }

    @Transactional(readOnly = true)
    ExerciseLimitsForm limitsForm() {
        RuleVersion draft = edits.draft();
        ExerciseLimitsForm form = new ExerciseLimitsForm();
        form.setFingerprint(ListEdits.fingerprint(draft.getExerciseLimits(), l -> l.getId() + ":" + l.getVersion()));
        for (ExerciseLimitEntry limit : draft.getExerciseLimits()) {
            ExerciseLimitsForm.Row row = new ExerciseLimitsForm.Row();
            row.setWhenRunning(limit.getWhenRunning());
            row.setWhenUrgency(limit.getWhenUrgency());
            row.setWhenTopCause(limit.getWhenTopCause() == null ? "" : limit.getWhenTopCause());
            row.setCondition(ConditionRow.of(limit.getCondition()));
            row.setMaxExercises(limit.getMaxExercises());
            row.setLeaveOutLoadingKnee(limit.isLeaveOutLoadingKnee());
            row.setLeaveOutKinds(limit.getLeaveOutKinds());
            form.getRows().add(row);
        }
        return form;
    }

    @Transactional
    void saveLimits(String actor, ExerciseLimitsForm form) {
        RuleVersion draft = edits.lockedDraft();
        ListEdits.requireFresh(form.getFingerprint(),
                ListEdits.fingerprint(draft.getExerciseLimits(), l -> l.getId() + ":" + l.getVersion()));
        Function<ExerciseLimitEntry, Object> view = l -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("whenRunning", l.getWhenRunning());
            fields.put("whenUrgency", l.getWhenUrgency());
            fields.put("whenTopCause", l.getWhenTopCause());
            edits.withCondition(fields, l.getCondition());
            fields.put("maxExercises", l.getMaxExercises());
            fields.put("leaveOutLoadingKnee", l.isLeaveOutLoadingKnee());
            fields.put("leaveOutKinds", l.getLeaveOutKinds());
            return fields;
        };
        String before = ListEdits.describe(draft.getExerciseLimits(), view);
        draft.getExerciseLimits().clear();
        edits.flush();
        for (int i = 0; i < form.getRows().size(); i++) {
            ExerciseLimitsForm.Row row = form.getRows().get(i);
            String cause = row.getWhenTopCause() == null || row.getWhenTopCause().isBlank() ? null
                    : row.getWhenTopCause().strip();
            if (cause != null && !draft.causeCodes().contains(cause)) {
                throw new InvalidRuleException("exercise limit " + (i + 1) + " names an unknown cause " + cause);
            }
            // Checked as the engine will read it; a refusal rolls the whole list back.
            new ExerciseLimit(row.getWhenRunning(), row.getWhenUrgency(), cause, null, row.getMaxExercises(),
                    row.isLeaveOutLoadingKnee(), row.getLeaveOutKinds());
            ExerciseLimitEntry limit = new ExerciseLimitEntry();
            limit.setRuleSet(draft);
            limit.setSortOrder(i + 1);
            limit.setWhenRunning(row.getWhenRunning());
            limit.setWhenUrgency(row.getWhenUrgency());
            limit.setWhenTopCause(cause);
            limit.setCondition(row.getCondition().toCondition());
            limit.setMaxExercises(row.getMaxExercises());
            limit.setLeaveOutLoadingKnee(row.isLeaveOutLoadingKnee());
            limit.setLeaveOutKinds(row.getLeaveOutKinds());
            draft.getExerciseLimits().add(limit);
        }
        edits.keep(draft, actor, DraftList.LIMITS, before, ListEdits.describe(draft.getExerciseLimits(), view));
    }

}

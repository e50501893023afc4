package app.kneetriage.ruleadmin.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.kneetriage.rules.ExerciseLimit;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.RunningRule;
import app.kneetriage.rules.SectionRule;
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
        Function<RunningRuleEntry, Object> view = r -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("advice", r.getAdvice());
            fields.put("whenUrgency", r.getWhenUrgency());
            fields.put("whenTopCause", r.getWhenTopCause());
            edits.withCondition(fields, r.getCondition());
            fields.put("text", r.getText());
            return fields;
        };
        edits.replace(actor, DraftList.RUNNING, form.getFingerprint(), RuleVersion::getRunningRules,
                r -> r.getId() + ":" + r.getVersion(), view, draft -> {
                    List<String> causeCodes = draft.content().causeCodes();
                    List<RunningRule> rules = new ArrayList<>();
                    for (int i = 0; i < form.getRows().size(); i++) {
                        RunningRulesForm.Row row = form.getRows().get(i);
                        String cause = row.getWhenTopCause() == null || row.getWhenTopCause().isBlank() ? null
                                : row.getWhenTopCause().strip();
                        if (cause != null && !causeCodes.contains(cause)) {
                            throw new InvalidRuleException(
                                    "running rule " + (i + 1) + " names an unknown cause " + cause);
                        }
                        rules.add(new RunningRule(row.getAdvice(), row.getWhenUrgency(), cause,
                                row.getCondition().toCondition(), row.getText()));
                    }
                    draft.replaceRunningRules(rules);
                });
    }

    @Transactional
    void saveSections(String actor, SectionRulesForm form) {
        Function<SectionRuleEntry, Object> view = r -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("section", r.getSection());
            return edits.withCondition(fields, r.getCondition());
        };
        edits.replace(actor, DraftList.SECTIONS, form.getFingerprint(), RuleVersion::getSectionRules,
                r -> r.getId() + ":" + r.getVersion(), view, draft -> {
                    List<SectionRule> rules = new ArrayList<>();
                    for (SectionRulesForm.Row row : form.getRows()) {
                        rules.add(new SectionRule(row.getSection(), row.getCondition().toCondition()));
                    }
                    draft.replaceSectionRules(rules);
                });
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
        edits.replace(actor, DraftList.LIMITS, form.getFingerprint(), RuleVersion::getExerciseLimits,
                l -> l.getId() + ":" + l.getVersion(), view, draft -> {
                    List<String> causeCodes = draft.content().causeCodes();
                    List<ExerciseLimit> limits = new ArrayList<>();
                    for (int i = 0; i < form.getRows().size(); i++) {
                        ExerciseLimitsForm.Row row = form.getRows().get(i);
                        String cause = row.getWhenTopCause() == null || row.getWhenTopCause().isBlank() ? null
                                : row.getWhenTopCause().strip();
                        if (cause != null && !causeCodes.contains(cause)) {
                            throw new InvalidRuleException(
                                    "exercise limit " + (i + 1) + " names an unknown cause " + cause);
                        }
                        limits.add(new ExerciseLimit(row.getWhenRunning(), row.getWhenUrgency(), cause,
                                row.getCondition().toCondition(), row.getMaxExercises(), row.isLeaveOutLoadingKnee(),
                                row.getLeaveOutKinds()));
                    }
                    draft.replaceExerciseLimits(limits);
                });
    }

}

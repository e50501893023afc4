package app.kneetriage.ruleadmin.editing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.RunningRuleEntry;
import app.kneetriage.rules.content.SectionRuleEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft's running rules and section rules, each list replaced as a whole like the
 * others.
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

}

package app.kneetriage.ruleadmin.editing;

import java.util.LinkedHashMap;
import java.util.Map;

import app.kneetriage.audit.AuditLog;
import app.kneetriage.ruleadmin.StaleEditException;
import app.kneetriage.rules.FitBands;
import app.kneetriage.rules.content.PlanSettings;
import app.kneetriage.rules.content.RuleVersion;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Changing the draft's plan settings, checked by the engine and audited. */
@Service
class PlanSettingsEditing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ListEdits edits;

    private final EntityManager entityManager;

    private final AuditLog audit;

    PlanSettingsEditing(ListEdits edits, EntityManager entityManager, AuditLog audit) {
        this.edits = edits;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    PlanSettingsForm form() {
        RuleVersion draft = edits.draft();
        return PlanSettingsForm.of(draft.getVersion(), draft.getPlanSettings());
    }

    /**
     * @throws StaleEditException when the settings changed since the form's copy was read
     * @throws app.kneetriage.rules.InvalidRuleException when the bands or sizes make no
     * sense
     */
    @Transactional
    void save(String actor, PlanSettingsForm form) {
        RuleVersion draft = edits.lockedDraft();
        if (form.getVersion() == null || draft.getVersion() != form.getVersion()) {
            throw new StaleEditException();
        }
        PlanSettings settings = draft.getPlanSettings();
        String before = describe(settings);
        FitBands bands = new FitBands(form.getFitStrongFrom(), form.getFitModerateFrom());
        settings.setPlanCauseCount(form.getPlanCauseCount());
        settings.setMaxPlanExercises(form.getMaxPlanExercises());
        settings.setFitBands(bands);
        settings.setPainMonitoring(form.painMonitoring());
        // The settings live on the draft's own row: a change must make other open copies
        // stale.
        entityManager.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        draft.checkEvaluable();
        entityManager.flush();
        audit.record(actor, "UPDATE", "PLAN_SETTINGS", "Draft plan settings", before, describe(settings));
    }

    private static String describe(PlanSettings settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("planCauseCount", settings.getPlanCauseCount());
        fields.put("maxPlanExercises", settings.getMaxPlanExercises());
        fields.put("fitStrongFrom", settings.getFitBands().strongFrom());
        fields.put("fitModerateFrom", settings.getFitBands().moderateFrom());
        fields.put("painMonitoring", settings.getPainMonitoring());
        return JSON.writeValueAsString(fields);
    }

}

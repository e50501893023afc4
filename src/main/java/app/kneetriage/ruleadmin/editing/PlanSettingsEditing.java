package app.kneetriage.ruleadmin.editing;

import java.util.LinkedHashMap;
import java.util.Map;

import app.kneetriage.rules.FitBands;
import app.kneetriage.rules.content.DraftEditor;
import app.kneetriage.rules.content.PlanSettings;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Changing the draft's plan settings through the {@link DraftEditor}. */
@Service
class PlanSettingsEditing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ListEdits edits;

    private final DraftEditor editor;

    PlanSettingsEditing(ListEdits edits, DraftEditor editor) {
        this.edits = edits;
        this.editor = editor;
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
        editor.edit(actor, draft -> {
            RuleVersion stored = draft.content();
            draft.requireUnchanged(form.getVersion(), stored.getVersion());
            PlanSettings settings = stored.getPlanSettings();
            String before = describe(settings);
            draft.changePlanSettings(form.getPlanCauseCount(), form.getMaxPlanExercises(),
                    new FitBands(form.getFitStrongFrom(), form.getFitModerateFrom()), form.painMonitoring());
            draft.note("UPDATE", "PLAN_SETTINGS", "Draft plan settings", before, describe(settings));
            return settings;
        });
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

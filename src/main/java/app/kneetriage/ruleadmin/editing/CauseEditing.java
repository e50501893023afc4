package app.kneetriage.ruleadmin.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.kneetriage.rules.CauseRule;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.PatternItem;
import app.kneetriage.rules.content.CauseEntry;
import app.kneetriage.rules.content.CauseEntryRepository;
import app.kneetriage.rules.content.ConditionJson;
import app.kneetriage.rules.content.DraftEditor;
import app.kneetriage.rules.content.RuleSetStatus;
import app.kneetriage.rules.content.RuleVersionRepository;
import app.kneetriage.rules.content.StaleEditException;
import app.kneetriage.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The draft's causes: texts, weighted conditions, when a cause ranks first, and the
 * exercises of its plan, changed through the {@link DraftEditor}, which checks the whole
 * draft and audits every change.
 */
@Service
class CauseEditing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleVersionRepository versions;

    private final CauseEntryRepository causes;

    private final DraftEditor editor;

    private final ConditionSentences sentences;

    CauseEditing(RuleVersionRepository versions, CauseEntryRepository causes, DraftEditor editor,
            ConditionSentences sentences) {
        this.sentences = sentences;
        this.versions = versions;
        this.causes = causes;
        this.editor = editor;
    }

    /**
     * The draft's cause with this code: its address stays the same across drafts and
     * versions.
     * @throws ItemNotInDraftException when the draft has none (or there is no draft)
     */
    @Transactional(readOnly = true)
    long draftCauseId(String code) {
        return versions.findFirstByStatus(RuleSetStatus.DRAFT)
            .flatMap(draft -> draft.getCauses().stream().filter(c -> c.getCode().equals(code)).findFirst())
            .map(CauseEntry::getId)
            .orElseThrow(() -> new ItemNotInDraftException(code));
    }

    @Transactional(readOnly = true)
    CauseEntry draftCause(long id) {
        CauseEntry cause = causes.findById(id).orElseThrow(() -> new ItemNotInDraftException(String.valueOf(id)));
        if (!cause.getRuleSet().isDraft()) {
            throw new ItemNotInDraftException(cause.getCode());
        }
        cause.getPatternItems().size();
        cause.getExercises().forEach(e -> e.getExercise().getCode());
        return cause;
    }

    /**
     * Whether another cause of the draft than {@code exceptId} (null: any) has this code.
     */
    @Transactional(readOnly = true)
    boolean codeTaken(String code, Long exceptId) {
        return versions.findFirstByStatus(RuleSetStatus.DRAFT)
            .orElseThrow(NotFoundException::new)
            .getCauses()
            .stream()
            .anyMatch(c -> c.getCode().equals(code) && !Objects.equals(c.getId(), exceptId));
    }

    /**
     * Replaces a cause's texts, conditions and exercises. The conditions arrive already
     * built from the builder (see {@link ConditionBuilder}).
     * @throws StaleEditException when someone saved this cause after {@code form}'s copy
     * was opened
     * @throws InvalidRuleException when the draft would no longer be something the engine
     * can evaluate
     */
    @Transactional
    void update(String actor, long id, CauseForm form) {
        editor.edit(actor, draft -> {
            CauseEntry cause = draftCause(id);
            draft.requireUnchanged(form.getVersion(), cause.getVersion());
            String before = describe(cause);
            draft.changeCause(cause, rule(form));
            draft.note("UPDATE", "CAUSE", cause.getCode() + " (draft)", before, describe(cause));
            return cause;
        });
    }

    /** Adds a cause to the draft, ranked after the existing ones on ties. */
    @Transactional
    long create(String actor, CauseForm form) {
        return editor.edit(actor, draft -> {
            CauseEntry cause = draft.addCause(rule(form));
            draft.note("CREATE", "CAUSE", cause.getCode() + " (draft)", null, describe(cause));
            return cause;
        }).getId();
    }

    /** Removes a cause from the draft, with the advice tied to it. */
    @Transactional
    void delete(String actor, long id) {
        editor.edit(actor, draft -> {
            CauseEntry cause = draftCause(id);
            String before = describe(cause);
            draft.removeCause(cause);
            draft.note("DELETE", "CAUSE", cause.getCode() + " (draft)", before, null);
            return cause;
        });
    }

    /**
     * @throws InvalidRuleException when the form's cause is not one the engine accepts
     */
    private static CauseRule rule(CauseForm form) {
        List<PatternItem> pattern = form.getPattern()
            .stream()
            .map(row -> new PatternItem(row.getCondition().toCondition(), row.getWeight(), row.getReason()))
            .toList();
        return new CauseRule(form.getCode().strip(), form.getName(), form.getExplanation(), pattern,
                form.rankFirstCondition(), form.getExercises(), form.listWhenWeakCondition(), form.isPlanAlone(),
                form.listOnlyWhenCondition(), form.getRankFirstPriority(), form.isPlanOnlyWhenFirst());
    }

    /** For the audit log: conditions in words, each beside its exact JSON. */
    private String describe(CauseEntry cause) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", cause.getCode());
        fields.put("name", cause.getName());
        fields.put("explanation", cause.getExplanation());
        fields.put("rankFirstWhen", words(cause.getRankFirstWhen()));
        fields.put("rankFirstWhenJson", json(cause.getRankFirstWhen()));
        fields.put("listWhenWeak", words(cause.getListWhenWeak()));
        fields.put("listWhenWeakJson", json(cause.getListWhenWeak()));
        fields.put("planAlone", cause.isPlanAlone());
        fields.put("planOnlyWhenFirst", cause.isPlanOnlyWhenFirst());
        fields.put("listOnlyWhen", words(cause.getListOnlyWhen()));
        fields.put("listOnlyWhenJson", json(cause.getListOnlyWhen()));
        fields.put("rankFirstPriority", cause.getRankFirstPriority());
        fields.put("pattern",
                cause.getPatternItems()
                    .stream()
                    .map(p -> Map.of("condition", words(p.getCondition()), "conditionJson", json(p.getCondition()),
                            "weight", p.getWeight(), "reason", p.getReason()))
                    .toList());
        fields.put("exercises", cause.getExercises().stream().map(e -> e.getExercise().getCode()).toList());
        return JSON.writeValueAsString(fields);
    }

    private String words(Condition condition) {
        return condition == null ? null : sentences.of(condition);
    }

    private static String json(Condition condition) {
        return condition == null ? null : ConditionJson.format(condition);
    }

}

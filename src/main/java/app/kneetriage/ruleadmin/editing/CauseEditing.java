package app.kneetriage.ruleadmin.editing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import app.kneetriage.audit.AuditLog;
import app.kneetriage.ruleadmin.StaleEditException;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.content.CauseEntry;
import app.kneetriage.rules.content.CauseEntryRepository;
import app.kneetriage.rules.content.CauseExerciseEntry;
import app.kneetriage.rules.content.ConditionJson;
import app.kneetriage.rules.content.ExerciseEntry;
import app.kneetriage.rules.content.PatternItemEntry;
import app.kneetriage.rules.content.RuleSetStatus;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.RuleVersionRepository;
import app.kneetriage.system.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The draft's causes: texts, weighted conditions, when a cause ranks first, and the
 * exercises of its plan. The whole draft is checked by the engine before a change is
 * kept, and every change is audited.
 */
@Service
class CauseEditing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleVersionRepository versions;

    private final CauseEntryRepository causes;

    private final EntityManager entityManager;

    private final AuditLog audit;

    private final ConditionSentences sentences;

    CauseEditing(RuleVersionRepository versions, CauseEntryRepository causes, EntityManager entityManager,
            AuditLog audit, ConditionSentences sentences) {
        this.sentences = sentences;
        this.versions = versions;
        this.causes = causes;
        this.entityManager = entityManager;
        this.audit = audit;
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
        lockDraft();
        CauseEntry cause = draftCause(id);
        if (cause.getVersion() != form.getVersion()) {
            throw new StaleEditException();
        }
        String before = describe(cause);
        apply(cause, form);
        // A change to the conditions alone must still make other open copies stale.
        entityManager.lock(cause, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        cause.getRuleSet().checkEvaluable();
        entityManager.flush();
        audit.record(actor, "UPDATE", "CAUSE", cause.getCode() + " (draft)", before, describe(cause));
    }

    /** Adds a cause to the draft, ranked after the existing ones on ties. */
    @Transactional
    long create(String actor, CauseForm form) {
        RuleVersion draft = lockDraft();
        CauseEntry cause = new CauseEntry();
        draft.addCause(cause);
        apply(cause, form);
        draft.checkEvaluable();
        entityManager.flush();
        audit.record(actor, "CREATE", "CAUSE", cause.getCode() + " (draft)", null, describe(cause));
        return cause.getId();
    }

    /** Removes a cause from the draft, with the advice tied to it. */
    @Transactional
    void delete(String actor, long id) {
        lockDraft();
        CauseEntry cause = draftCause(id);
        RuleVersion draft = cause.getRuleSet();
        String before = describe(cause);
        draft.removeCause(cause);
        draft.checkEvaluable();
        entityManager.flush();
        audit.record(actor, "DELETE", "CAUSE", cause.getCode() + " (draft)", before, null);
    }

    private void apply(CauseEntry cause, CauseForm form) {
        RuleVersion draft = cause.getRuleSet();
        cause.setCode(form.getCode().strip());
        cause.setName(form.getName().strip());
        cause.setExplanation(form.getExplanation().strip());
        cause.setRankFirstWhen(form.rankFirstCondition());
        cause.setListWhenWeak(form.listWhenWeakCondition());
        cause.setPlanAlone(form.isPlanAlone());
        cause.setPlanOnlyWhenFirst(form.isPlanOnlyWhenFirst());
        cause.setListOnlyWhen(form.listOnlyWhenCondition());
        cause.setRankFirstPriority(form.getRankFirstPriority());
        cause.getPatternItems().clear();
        for (int i = 0; i < form.getPattern().size(); i++) {
            PatternRow row = form.getPattern().get(i);
            PatternItemEntry item = new PatternItemEntry();
            item.setCause(cause);
            item.setSortOrder(i + 1);
            item.setCondition(row.getCondition().toCondition());
            item.setWeight(row.getWeight());
            item.setReason(row.getReason().strip());
            cause.getPatternItems().add(item);
        }
        cause.getExercises().clear();
        entityManager.flush();
        int order = 0;
        for (String code : form.getExercises()) {
            ExerciseEntry exercise = draft.findExercise(code)
                .orElseThrow(() -> new InvalidRuleException("unknown exercise " + code));
            CauseExerciseEntry planned = new CauseExerciseEntry();
            planned.setCause(cause);
            planned.setExercise(exercise);
            planned.setSortOrder(++order);
            cause.getExercises().add(planned);
        }
    }

    /**
     * The draft, locked for the rest of the transaction so that edits and publishing take
     * turns.
     */
    private RuleVersion lockDraft() {
        return versions.findDraftForUpdate().orElseThrow(NotFoundException::new);
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

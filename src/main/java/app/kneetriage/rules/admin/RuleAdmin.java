package app.kneetriage.rules.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.kneetriage.audit.AuditLog;
import app.kneetriage.rules.Answers;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.content.CauseEntry;
import app.kneetriage.rules.content.CauseEntryRepository;
import app.kneetriage.rules.content.CauseExerciseEntry;
import app.kneetriage.rules.content.ExerciseEntry;
import app.kneetriage.rules.content.PatternItemEntry;
import app.kneetriage.rules.content.ExerciseEntryRepository;
import app.kneetriage.rules.content.RuleSetCopies;
import app.kneetriage.rules.content.RuleSetStatus;
import app.kneetriage.rules.content.RuleSetTransfer;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.RuleVersionRepository;
import app.kneetriage.system.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editing rule content safely: every edit goes into the one draft, runners keep getting the latest
 * published version, and publishing (or re-publishing an old version) happens only while every test
 * case passes. Each change is written to the audit log in the same transaction.
 */
@Service
class RuleAdmin {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleVersionRepository versions;

    private final ExerciseEntryRepository exercises;

    private final CauseEntryRepository causes;

    private final EntityManager entityManager;

    private final TestCaseRepository testCases;

    private final RuleSetCopies copies;

    private final RuleSetTransfer transfer;

    private final AuditLog audit;

    private final Clock clock;

    RuleAdmin(RuleVersionRepository versions, ExerciseEntryRepository exercises, CauseEntryRepository causes,
            EntityManager entityManager, TestCaseRepository testCases, RuleSetCopies copies, RuleSetTransfer transfer,
            AuditLog audit, Clock clock) {
        this.versions = versions;
        this.exercises = exercises;
        this.causes = causes;
        this.entityManager = entityManager;
        this.testCases = testCases;
        this.copies = copies;
        this.transfer = transfer;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the draft page shows: the draft (if any), the version runners get, and the case results. */
    record DraftState(Optional<RuleVersion> draft, RuleVersion published, List<CaseResult> cases,
            List<String> problems) {

        boolean allPass() {
            return problems.isEmpty() && cases.stream().allMatch(CaseResult::passed);
        }
    }

    @Transactional(readOnly = true)
    DraftState draftState() {
        Optional<RuleVersion> draft = versions.findFirstByStatus(RuleSetStatus.DRAFT);
        RuleVersion published = latestPublished();
        RuleVersion checked = draft.orElse(published);
        checked.getExercises().size();
        try {
            RuleSet rules = copies.toRuleSet(checked);
            return new DraftState(draft, published, TestCaseRunner.run(testCases.findAllByOrderByName(), rules),
                    List.of());
        } catch (InvalidRuleException e) {
            return new DraftState(draft, published, List.of(), List.of(e.getMessage()));
        }
    }

    /** The draft's answer to a runner's answers (the live version's when there is no draft). */
    @Transactional(readOnly = true)
    Outcome tryAnswers(Answers answers) {
        RuleVersion candidate = versions.findFirstByStatus(RuleSetStatus.DRAFT).orElseGet(this::latestPublished);
        return TriageEngine.evaluate(answers, copies.toRuleSet(candidate));
    }

    @Transactional
    void startDraft(String actor) {
        RuleVersion published = lockLatestPublished();
        if (versions.findFirstByStatus(RuleSetStatus.DRAFT).isPresent()) {
            return;
        }
        versions.save(copies.copy(published, RuleSetStatus.DRAFT, clock.instant()));
        audit.record(actor, "CREATE", "DRAFT", "Draft from version " + published.getVersionNumber(), null, null);
    }

    @Transactional
    void discardDraft(String actor) {
        versions.findDraftForUpdate().ifPresent(draft -> {
            String before = transfer.export(draft);
            versions.delete(draft);
            audit.record(actor, "DELETE", "DRAFT", "Draft discarded", before, null);
        });
    }

    @Transactional(readOnly = true)
    ExerciseEntry draftExercise(long id) {
        ExerciseEntry exercise = exercises.findById(id).orElseThrow(NotFoundException::new);
        if (!exercise.getRuleSet().isDraft()) {
            throw new NotFoundException();
        }
        return exercise;
    }

    /** @throws StaleEditException when someone saved this exercise after {@code form}'s copy was opened */
    @Transactional
    void updateExercise(String actor, long id, ExerciseForm form) {
        lockDraft();
        ExerciseEntry exercise = draftExercise(id);
        if (exercise.getVersion() != form.getVersion()) {
            throw new StaleEditException();
        }
        String before = describe(exercise);
        form.applyTo(exercise);
        exercises.flush();
        audit.record(actor, "UPDATE", "EXERCISE", exercise.getName() + " (draft)", before, describe(exercise));
    }

    @Transactional(readOnly = true)
    CauseEntry draftCause(long id) {
        CauseEntry cause = causes.findById(id).orElseThrow(NotFoundException::new);
        if (!cause.getRuleSet().isDraft()) {
            throw new NotFoundException();
        }
        cause.getPatternItems().size();
        cause.getExercises().forEach(e -> e.getExercise().getCode());
        return cause;
    }

    /** Codes of the draft's causes other than the one with this id (null: all of them). */
    @Transactional(readOnly = true)
    List<String> draftCauseCodes(Long exceptId) {
        return draft().getCauses().stream().filter(c -> !c.getId().equals(exceptId)).map(CauseEntry::getCode)
                .toList();
    }

    /** Codes of the draft's exercises, for choosing a cause's plan. */
    @Transactional(readOnly = true)
    List<String> draftExerciseCodes() {
        return versions.findFirstByStatus(RuleSetStatus.DRAFT)
                .map(d -> d.getExercises().stream().map(ExerciseEntry::getCode).toList()).orElse(List.of());
    }

    /**
     * Replaces a cause's texts, conditions and exercises. The conditions arrive already turned into
     * JSON (see {@link ConditionRow#toJson()}); the whole draft is checked by the engine before the
     * change is kept.
     *
     * @throws StaleEditException   when someone saved this cause after {@code form}'s copy was opened
     * @throws InvalidRuleException when the draft would no longer be something the engine can evaluate
     */
    @Transactional
    void updateCause(String actor, long id, CauseForm form, List<String> conditionJson, String rankFirstWhen) {
        lockDraft();
        CauseEntry cause = draftCause(id);
        if (cause.getVersion() != form.getVersion()) {
            throw new StaleEditException();
        }
        String before = describe(cause);
        applyCause(cause, form, conditionJson, rankFirstWhen);
        // A change to the conditions alone must still make other open copies stale.
        entityManager.lock(cause, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        copies.toRuleSet(cause.getRuleSet());
        entityManager.flush();
        audit.record(actor, "UPDATE", "CAUSE", cause.getCode() + " (draft)", before, describe(cause));
    }

    /** Adds a cause to the draft, ranked after the existing ones on ties. */
    @Transactional
    long createCause(String actor, CauseForm form, List<String> conditionJson, String rankFirstWhen) {
        RuleVersion draft = lockDraft();
        CauseEntry cause = new CauseEntry();
        cause.setRuleSet(draft);
        cause.setSortOrder(draft.getCauses().stream().mapToInt(CauseEntry::getSortOrder).max().orElse(0) + 1);
        draft.getCauses().add(cause);
        applyCause(cause, form, conditionJson, rankFirstWhen);
        copies.toRuleSet(draft);
        entityManager.flush();
        audit.record(actor, "CREATE", "CAUSE", cause.getCode() + " (draft)", null, describe(cause));
        return cause.getId();
    }

    /** Removes a cause from the draft, with the advice tied to it. */
    @Transactional
    void deleteCause(String actor, long id) {
        lockDraft();
        CauseEntry cause = draftCause(id);
        RuleVersion draft = cause.getRuleSet();
        String before = describe(cause);
        draft.getAdvice().removeIf(a -> a.getCause() == cause);
        draft.getCauses().remove(cause);
        copies.toRuleSet(draft);
        entityManager.flush();
        audit.record(actor, "DELETE", "CAUSE", cause.getCode() + " (draft)", before, null);
    }

    /** Adds an exercise to the draft; causes pick it for their plans. */
    @Transactional
    long createExercise(String actor, ExerciseForm form) {
        RuleVersion draft = lockDraft();
        ExerciseEntry exercise = new ExerciseEntry();
        exercise.setRuleSet(draft);
        exercise.setCode(form.getCode().strip());
        exercise.setSortOrder(draft.getExercises().stream().mapToInt(ExerciseEntry::getSortOrder).max().orElse(0) + 1);
        form.applyTo(exercise);
        draft.getExercises().add(exercise);
        copies.toRuleSet(draft);
        entityManager.flush();
        audit.record(actor, "CREATE", "EXERCISE", exercise.getName() + " (draft)", null, describe(exercise));
        return exercise.getId();
    }

    /** Removes an exercise from the draft and from every cause's plan. */
    @Transactional
    void deleteExercise(String actor, long id) {
        lockDraft();
        ExerciseEntry exercise = draftExercise(id);
        RuleVersion draft = exercise.getRuleSet();
        String before = describe(exercise);
        draft.getCauses().forEach(c -> c.getExercises().removeIf(planned -> planned.getExercise() == exercise));
        entityManager.flush();
        draft.getExercises().remove(exercise);
        copies.toRuleSet(draft);
        entityManager.flush();
        audit.record(actor, "DELETE", "EXERCISE", exercise.getName() + " (draft)", before, null);
    }

    private void applyCause(CauseEntry cause, CauseForm form, List<String> conditionJson, String rankFirstWhen) {
        RuleVersion draft = cause.getRuleSet();
        cause.setCode(form.getCode().strip());
        cause.setName(form.getName().strip());
        cause.setExplanation(form.getExplanation().strip());
        cause.setRankFirstWhen(rankFirstWhen);
        cause.getPatternItems().clear();
        for (int i = 0; i < form.getPattern().size(); i++) {
            PatternRow row = form.getPattern().get(i);
            PatternItemEntry item = new PatternItemEntry();
            item.setCause(cause);
            item.setSortOrder(i + 1);
            item.setCondition(conditionJson.get(i));
            item.setWeight(row.getWeight());
            item.setReason(row.getReason().strip());
            cause.getPatternItems().add(item);
        }
        cause.getExercises().clear();
        entityManager.flush();
        int order = 0;
        for (String code : form.getExercises()) {
            ExerciseEntry exercise = draft.getExercises().stream().filter(e -> e.getCode().equals(code)).findFirst()
                    .orElseThrow(() -> new InvalidRuleException("unknown exercise " + code));
            CauseExerciseEntry planned = new CauseExerciseEntry();
            planned.setCause(cause);
            planned.setExercise(exercise);
            planned.setSortOrder(++order);
            cause.getExercises().add(planned);
        }
    }

    private RuleVersion draft() {
        return versions.findFirstByStatus(RuleSetStatus.DRAFT).orElseThrow(NotFoundException::new);
    }

    /** The draft, locked for the rest of the transaction so that edits and publishing take turns. */
    private RuleVersion lockDraft() {
        return versions.findDraftForUpdate().orElseThrow(NotFoundException::new);
    }

    /**
     * Makes the draft the newest version runners get.
     *
     * @throws PublishRefusedException when the draft cannot be evaluated or a test case fails
     */
    @Transactional
    int publish(String actor, String note) {
        lockLatestPublished();
        RuleVersion draft = versions.findDraftForUpdate()
                .orElseThrow(() -> new PublishRefusedException(List.of("There is no draft to publish.")));
        requireCasesPass(draft);
        int number = publishAs(draft, actor, note);
        audit.record(actor, "PUBLISH", "RULE_SET", "Version " + number, null, note);
        return number;
    }

    /** Rollback: publishes a copy of an earlier version as the newest version. */
    @Transactional
    int republish(String actor, int versionNumber) {
        lockLatestPublished();
        RuleVersion source = versions.findByVersionNumber(versionNumber).orElseThrow(NotFoundException::new);
        requireCasesPass(source);
        RuleVersion copy = copies.copy(source, RuleSetStatus.PUBLISHED, clock.instant());
        String note = "Re-published version " + versionNumber;
        int number = publishAs(copy, actor, note);
        versions.save(copy);
        audit.record(actor, "REPUBLISH", "RULE_SET", "Version " + number, "Version " + versionNumber, note);
        return number;
    }

    /** The draft, or without a version number the live version, as one JSON document. */
    @Transactional(readOnly = true)
    String export(Integer versionNumber) {
        RuleVersion source = versionNumber == null
                ? versions.findFirstByStatus(RuleSetStatus.DRAFT).orElseGet(this::latestPublished)
                : versions.findByVersionNumber(versionNumber).orElseThrow(NotFoundException::new);
        return transfer.export(source);
    }

    /**
     * Replaces the draft with the content of an exported document, after checking all of it.
     *
     * @throws InvalidRuleException when the document is not a valid rule set; nothing is changed then
     */
    @Transactional
    void importDraft(String actor, String json) {
        RuleVersion imported = transfer.importDraft(json, clock.instant());
        lockLatestPublished();
        Optional<RuleVersion> previous = versions.findDraftForUpdate();
        String before = previous.map(transfer::export).orElse(null);
        previous.ifPresent(draft -> {
            versions.delete(draft);
            versions.flush();
        });
        versions.save(imported);
        audit.record(actor, "IMPORT", "DRAFT", "Draft imported from a file", before, transfer.export(imported));
    }

    @Transactional(readOnly = true)
    List<RuleVersion> publishedVersions() {
        return versions.findByStatusOrderByVersionNumberDesc(RuleSetStatus.PUBLISHED);
    }

    private void requireCasesPass(RuleVersion candidate) {
        RuleSet rules;
        try {
            rules = copies.toRuleSet(candidate);
        } catch (InvalidRuleException e) {
            throw new PublishRefusedException(List.of(e.getMessage()));
        }
        List<String> failures = new ArrayList<>();
        for (CaseResult result : TestCaseRunner.run(testCases.findAllByOrderByName(), rules)) {
            if (!result.passed()) {
                failures.add(result.name() + ": " + String.join("; ", result.differences()));
            }
        }
        if (!failures.isEmpty()) {
            throw new PublishRefusedException(failures);
        }
    }

    private int publishAs(RuleVersion ruleSet, String actor, String note) {
        int number = versions.findHighestVersionNumber() + 1;
        ruleSet.setStatus(RuleSetStatus.PUBLISHED);
        ruleSet.setVersionNumber(number);
        ruleSet.setPublishedAt(clock.instant());
        ruleSet.setPublishedBy(actor);
        ruleSet.setChangeNote(note);
        return number;
    }

    /**
     * Takes the publishing lock for the rest of the transaction (the row of the first published
     * version, which never changes): starting a draft, importing, publishing and rollback take turns,
     * so there is one draft and version numbers never collide. Returns the live version, read after
     * the lock so that it is current.
     */
    private RuleVersion lockLatestPublished() {
        long first = versions.findFirstPublishedId().orElseThrow(() -> new IllegalStateException("nothing published"));
        versions.findByIdForUpdate(first).orElseThrow();
        return latestPublished();
    }

    private RuleVersion latestPublished() {
        long id = versions.findLatestPublishedId().orElseThrow(() -> new IllegalStateException("nothing published"));
        return versions.findById(id).orElseThrow();
    }

    private static String describe(CauseEntry cause) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", cause.getCode());
        fields.put("name", cause.getName());
        fields.put("explanation", cause.getExplanation());
        fields.put("rankFirstWhen", cause.getRankFirstWhen());
        fields.put("pattern", cause.getPatternItems().stream()
                .map(p -> Map.of("condition", p.getCondition(), "weight", p.getWeight(), "reason", p.getReason()))
                .toList());
        fields.put("exercises", cause.getExercises().stream().map(e -> e.getExercise().getCode()).toList());
        return JSON.writeValueAsString(fields);
    }

    private static String describe(ExerciseEntry exercise) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", exercise.getCode());
        fields.put("name", exercise.getName());
        fields.put("aim", exercise.getAim());
        fields.put("howTo", exercise.getHowTo());
        fields.put("sets", exercise.getSets());
        fields.put("reps", exercise.getReps());
        fields.put("holdSeconds", exercise.getHoldSeconds());
        fields.put("perSide", exercise.isPerSide());
        fields.put("caution", exercise.getCaution());
        return JSON.writeValueAsString(fields);
    }
}

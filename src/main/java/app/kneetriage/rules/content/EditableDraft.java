package app.kneetriage.rules.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.kneetriage.rules.AdviceRule;
import app.kneetriage.rules.CauseRule;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.ExerciseLimit;
import app.kneetriage.rules.ExercisePicture;
import app.kneetriage.rules.FitBands;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.PainMonitoringRule;
import app.kneetriage.rules.PatternItem;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.RunningRule;
import app.kneetriage.rules.SectionRule;
import app.kneetriage.rules.UrgencyRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The locked draft as a {@link DraftCommand} sees it: read it through {@link #content()},
 * change its lists only through the methods here, and note each change for the audit log.
 * A list is replaced as a whole, its old rows removed before the new ones take their
 * places.
 */
public final class EditableDraft {

    private final RuleVersion draft;

    private final EntityManager entityManager;

    private final PictureRepository pictures;

    private final Instant now;

    private final String actor;

    private final List<DraftChanged> changes = new ArrayList<>();

    EditableDraft(RuleVersion draft, EntityManager entityManager, PictureRepository pictures, Instant now,
            String actor) {
        this.draft = draft;
        this.entityManager = entityManager;
        this.pictures = pictures;
        this.now = now;
        this.actor = actor;
    }

    /** The draft as it is stored now, read under the lock. */
    public RuleVersion content() {
        return draft;
    }

    /**
     * @param readWith the stamp (version or fingerprint) of what the admin's copy was
     * read from; null when the form carried none
     * @param storedNow the same stamp of what is stored now
     * @throws StaleEditException when someone saved it in between
     */
    public void requireUnchanged(Object readWith, Object storedNow) {
        if (readWith == null || !Objects.equals(readWith, storedNow)) {
            throw new StaleEditException();
        }
    }

    /** What the audit log records for this edit once the draft is kept. */
    public void note(String action, String subjectType, String subject, String before, String after) {
        changes.add(new DraftChanged(actor, action, subjectType, subject, before, after));
    }

    List<DraftChanged> changes() {
        return changes;
    }

    /** Adds a cause after the existing ones, so it ranks after them on ties. */
    public CauseEntry addCause(CauseRule rule) {
        CauseEntry cause = new CauseEntry();
        draft.addCause(cause);
        fill(cause, rule);
        return cause;
    }

    public void changeCause(CauseEntry cause, CauseRule rule) {
        requireOwn(cause);
        fill(cause, rule);
        // A change to the conditions or the plan alone must still make other open copies
        // of the cause stale.
        entityManager.lock(cause, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Removes a cause with the advice tied to it. */
    public void removeCause(CauseEntry cause) {
        requireOwn(cause);
        draft.removeCause(cause);
    }

    public ExerciseEntry addExercise(Exercise exercise) {
        ExerciseEntry entry = new ExerciseEntry();
        entry.setCode(exercise.code());
        RuleSetEntries.copy(exercise, entry);
        draft.addExercise(entry);
        return entry;
    }

    /** Everything but the code and the picture, which keep their values. */
    public void changeExercise(ExerciseEntry entry, Exercise exercise) {
        requireOwn(entry);
        RuleSetEntries.copy(exercise, entry);
    }

    /**
     * Gives the exercise a new picture, stored once by the SHA-256 of its bytes;
     * published versions keep the picture they had.
     * @param contentType the type the bytes were checked to be
     */
    public void changePicture(ExerciseEntry entry, String contentType, byte[] data, String alt) {
        requireOwn(entry);
        ExercisePicture picture = new ExercisePicture(PictureEntry.hashOf(data), alt);
        if (!pictures.existsById(picture.hash())) {
            pictures.save(new PictureEntry(picture.hash(), contentType, data, now));
        }
        entry.setPicture(picture.hash(), picture.alt());
    }

    /** Removes an exercise from every cause's plan, then from the draft. */
    public void removeExercise(ExerciseEntry exercise) {
        requireOwn(exercise);
        draft.getCauses()
            .forEach(cause -> cause.editableExercises().removeIf(planned -> planned.getExercise() == exercise));
        entityManager.flush();
        draft.parts().exercises().remove(exercise);
    }

    public void changePlanSettings(int planCauseCount, int maxPlanExercises, FitBands fitBands,
            PainMonitoringRule painMonitoring) {
        PlanSettings settings = draft.getPlanSettings();
        settings.setPlanCauseCount(planCauseCount);
        settings.setMaxPlanExercises(maxPlanExercises);
        settings.setFitBands(fitBands);
        settings.setPainMonitoring(painMonitoring);
        // The settings live on the draft's own row: a change must make other open copies
        // of them stale.
        entityManager.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void replaceUrgencyRules(List<UrgencyRule> rules) {
        replace(draft.parts().urgencyRules(), rules.stream().map(RuleSetEntries::urgencyRule).toList());
    }

    /**
     * @throws InvalidRuleException when a piece of advice names a cause the draft does
     * not have
     */
    public void replaceAdvice(List<AdviceRule> advice) {
        Map<String, CauseEntry> causes = new HashMap<>();
        draft.getCauses().forEach(cause -> causes.put(cause.getCode(), cause));
        List<AdviceEntry> rows = new ArrayList<>();
        for (AdviceRule rule : advice) {
            CauseEntry cause = rule.causeCode() == null ? null : causes.get(rule.causeCode());
            if (rule.causeCode() != null && cause == null) {
                throw new InvalidRuleException(
                        "advice " + (rows.size() + 1) + " names an unknown cause " + rule.causeCode());
            }
            rows.add(RuleSetEntries.advice(rule, cause));
        }
        replace(draft.parts().advice(), rows);
    }

    public void replaceRunningRules(List<RunningRule> rules) {
        replace(draft.parts().runningRules(), rules.stream().map(RuleSetEntries::runningRule).toList());
    }

    public void replaceSectionRules(List<SectionRule> rules) {
        replace(draft.parts().sectionRules(), rules.stream().map(RuleSetEntries::sectionRule).toList());
    }

    public void replaceExerciseLimits(List<ExerciseLimit> limits) {
        replace(draft.parts().exerciseLimits(), limits.stream().map(RuleSetEntries::exerciseLimit).toList());
    }

    /** The weeks, ordered by their numbers. */
    public void replaceReturnSteps(List<ReturnStep> steps) {
        draft.parts().returnSteps().clear();
        entityManager.flush();
        for (ReturnStep step : steps) {
            ReturnStepEntry row = RuleSetEntries.returnStep(step);
            row.setRuleSet(draft);
            draft.parts().returnSteps().add(row);
        }
    }

    /** Compared by id: the part may hold its version as a lazy reference. */
    private void requireOwn(RuleSetPart part) {
        if (!Objects.equals(part.getRuleSet().getId(), draft.getId())) {
            throw new IllegalArgumentException(
                    part.getClass().getSimpleName() + " " + part.getId() + " is not in the draft");
        }
    }

    private void fill(CauseEntry cause, CauseRule rule) {
        RuleSetEntries.copy(rule, cause);
        cause.editablePatternItems().clear();
        int order = 0;
        for (PatternItem item : rule.pattern()) {
            PatternItemEntry row = RuleSetEntries.patternItem(item);
            row.setCause(cause);
            row.setSortOrder(++order);
            cause.editablePatternItems().add(row);
        }
        cause.editableExercises().clear();
        entityManager.flush();
        order = 0;
        for (String code : rule.exerciseCodes()) {
            ExerciseEntry exercise = draft.findExercise(code)
                .orElseThrow(() -> new InvalidRuleException("unknown exercise " + code));
            CauseExerciseEntry planned = new CauseExerciseEntry();
            planned.setCause(cause);
            planned.setExercise(exercise);
            planned.setSortOrder(++order);
            cause.editableExercises().add(planned);
        }
    }

    private <T extends RuleSetPart> void replace(List<T> stored, List<T> rows) {
        stored.clear();
        entityManager.flush();
        int order = 0;
        for (T row : rows) {
            row.setRuleSet(draft);
            row.setSortOrder(++order);
            stored.add(row);
        }
    }

}

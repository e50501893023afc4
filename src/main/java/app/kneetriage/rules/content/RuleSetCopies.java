package app.kneetriage.rules.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Deep copies of stored rule sets (a draft starts as a copy of the latest version; a
 * rollback publishes a copy of an older one).
 */
@Component
public class RuleSetCopies {

    /**
     * An unsaved copy of {@code source} with every cause, exercise, rule, advice and
     * step.
     */
    public RuleVersion copy(RuleVersion source, RuleSetStatus status, Instant createdAt) {
        RuleVersion copy = new RuleVersion();
        copy.setStatus(status);
        copy.setPlanSettings(source.getPlanSettings().copy());
        copy.setCreatedAt(createdAt);
        Map<Long, ExerciseEntry> exercises = new HashMap<>();
        for (ExerciseEntry from : source.getExercises()) {
            ExerciseEntry to = new ExerciseEntry();
            to.setRuleSet(copy);
            to.setSortOrder(from.getSortOrder());
            to.setCode(from.getCode());
            to.setName(from.getName());
            to.setAim(from.getAim());
            to.setHowTo(from.getHowTo());
            to.setSets(from.getSets());
            to.setReps(from.getReps());
            to.setHoldSeconds(from.getHoldSeconds());
            to.setPerSide(from.isPerSide());
            to.setCaution(from.getCaution());
            to.setTimesPerWeek(from.getTimesPerWeek());
            to.setProgression(from.getProgression());
            to.setPicture(from.getPictureHash(), from.getPictureAlt());
            to.setKind(from.getKind());
            to.setLoadsKnee(from.isLoadsKnee());
            copy.getExercises().add(to);
            exercises.put(from.getId(), to);
        }
        Map<Long, CauseEntry> causes = new HashMap<>();
        for (CauseEntry from : source.getCauses()) {
            CauseEntry to = new CauseEntry();
            to.setRuleSet(copy);
            to.setSortOrder(from.getSortOrder());
            to.setCode(from.getCode());
            to.setName(from.getName());
            to.setExplanation(from.getExplanation());
            to.setRankFirstWhen(from.getRankFirstWhen());
            to.setListWhenWeak(from.getListWhenWeak());
            to.setPlanAlone(from.isPlanAlone());
            to.setListOnlyWhen(from.getListOnlyWhen());
            to.setRankFirstPriority(from.getRankFirstPriority());
            to.setPlanOnlyWhenFirst(from.isPlanOnlyWhenFirst());
            for (PatternItemEntry item : from.getPatternItems()) {
                PatternItemEntry itemCopy = new PatternItemEntry();
                itemCopy.setCause(to);
                itemCopy.setSortOrder(item.getSortOrder());
                itemCopy.setCondition(item.getCondition());
                itemCopy.setWeight(item.getWeight());
                itemCopy.setReason(item.getReason());
                to.getPatternItems().add(itemCopy);
            }
            for (CauseExerciseEntry planned : from.getExercises()) {
                CauseExerciseEntry plannedCopy = new CauseExerciseEntry();
                plannedCopy.setCause(to);
                plannedCopy.setExercise(exercises.get(planned.getExercise().getId()));
                plannedCopy.setSortOrder(planned.getSortOrder());
                to.getExercises().add(plannedCopy);
            }
            copy.getCauses().add(to);
            causes.put(from.getId(), to);
        }
        for (UrgencyRuleEntry from : source.getUrgencyRules()) {
            UrgencyRuleEntry to = new UrgencyRuleEntry();
            to.setRuleSet(copy);
            to.setSortOrder(from.getSortOrder());
            to.setLevel(from.getLevel());
            to.setCondition(from.getCondition());
            to.setReason(from.getReason());
            to.setWhenCause(from.getWhenCause());
            to.setWhenCauseFit(from.getWhenCauseFit());
            copy.getUrgencyRules().add(to);
        }
        for (AdviceEntry from : source.getAdvice()) {
            AdviceEntry to = new AdviceEntry();
            to.setRuleSet(copy);
            to.setSortOrder(from.getSortOrder());
            to.setSection(from.getSection());
            to.setCause(from.getCause() == null ? null : causes.get(from.getCause().getId()));
            to.setCondition(from.getCondition());
            to.setText(from.getText());
            to.setWhenUrgency(from.getWhenUrgency());
            copy.getAdvice().add(to);
        }
        for (ReturnStepEntry from : source.getReturnSteps()) {
            ReturnStepEntry to = new ReturnStepEntry();
            to.setRuleSet(copy);
            to.setWeekNumber(from.getWeekNumber());
            to.setDescription(from.getDescription());
            to.copyPlanFrom(from.getSessionsPerWeek(), from.getPlannedWalkMinutes(), from.getPlannedRunMinutes());
            copy.getReturnSteps().add(to);
        }
        for (RunningRuleEntry from : source.getRunningRules()) {
            RunningRuleEntry to = new RunningRuleEntry();
            to.setRuleSet(copy);
            to.setSortOrder(from.getSortOrder());
            to.setAdvice(from.getAdvice());
            to.setWhenUrgency(from.getWhenUrgency());
            to.setWhenTopCause(from.getWhenTopCause());
            to.setCondition(from.getCondition());
            to.setText(from.getText());
            copy.getRunningRules().add(to);
        }
        for (SectionRuleEntry from : source.getSectionRules()) {
            SectionRuleEntry to = new SectionRuleEntry();
            to.setRuleSet(copy);
            to.setSortOrder(from.getSortOrder());
            to.setSection(from.getSection());
            to.setCondition(from.getCondition());
            copy.getSectionRules().add(to);
        }
        for (ExerciseLimitEntry from : source.getExerciseLimits()) {
            ExerciseLimitEntry to = new ExerciseLimitEntry();
            to.setRuleSet(copy);
            to.setSortOrder(from.getSortOrder());
            to.setWhenRunning(from.getWhenRunning());
            to.setWhenUrgency(from.getWhenUrgency());
            to.setWhenTopCause(from.getWhenTopCause());
            to.setCondition(from.getCondition());
            to.setMaxExercises(from.getMaxExercises());
            to.setLeaveOutLoadingKnee(from.isLeaveOutLoadingKnee());
            to.setLeaveOutKinds(from.getLeaveOutKinds());
            copy.getExerciseLimits().add(to);
        }
        return copy;
    }

}

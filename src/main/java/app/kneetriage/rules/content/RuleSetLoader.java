package app.kneetriage.rules.content;

import java.util.List;

import app.kneetriage.rules.AdviceRule;
import app.kneetriage.rules.CauseRule;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.ExerciseLimit;
import app.kneetriage.rules.ExercisePicture;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.PatternItem;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.RunningRule;
import app.kneetriage.rules.SectionRule;
import app.kneetriage.rules.UrgencyRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where stored rule content becomes the engine's immutable {@link RuleSet}.
 */
@Component
class RuleSetLoader {

    private final RuleVersionRepository ruleVersions;

    RuleSetLoader(RuleVersionRepository ruleVersions) {
        this.ruleVersions = ruleVersions;
    }

    /**
     * @throws InvalidRuleException when the stored content is not something the engine
     * can evaluate
     */
    @Transactional(readOnly = true)
    RuleSet load(long ruleSetId) {
        RuleVersion stored = ruleVersions.findById(ruleSetId)
            .orElseThrow(() -> new IllegalStateException("rule set " + ruleSetId + " does not exist"));
        return toRuleSet(stored);
    }

    static RuleSet toRuleSet(RuleVersion stored) {
        int version = stored.getVersionNumber() == null ? 0 : stored.getVersionNumber();
        PlanSettings settings = stored.getPlanSettings();
        return new RuleSet(version, settings.getPlanCauseCount(),
                stored.getUrgencyRules().stream().map(RuleSetLoader::urgencyRule).toList(),
                stored.getCauses().stream().map(RuleSetLoader::cause).toList(),
                stored.getExercises().stream().map(RuleSetLoader::exercise).toList(),
                stored.getAdvice().stream().map(RuleSetLoader::advice).toList(),
                stored.getReturnSteps()
                    .stream()
                    .map(s -> new ReturnStep(s.getWeekNumber(), s.getDescription(), s.getSessionsPerWeek(),
                            s.getPlannedWalkMinutes(), s.getPlannedRunMinutes()))
                    .toList(),
                settings.getMaxPlanExercises(), settings.getFitBands(),
                stored.getRunningRules()
                    .stream()
                    .map(r -> new RunningRule(r.getAdvice(), r.getWhenUrgency(), r.getWhenTopCause(), r.getCondition(),
                            r.getText()))
                    .toList(),
                stored.getSectionRules().stream().map(r -> new SectionRule(r.getSection(), r.getCondition())).toList(),
                settings.getPainMonitoring(),
                stored.getExerciseLimits()
                    .stream()
                    .map(l -> new ExerciseLimit(l.getWhenRunning(), l.getWhenUrgency(), l.getWhenTopCause(),
                            l.getCondition(), l.getMaxExercises(), l.isLeaveOutLoadingKnee(), l.getLeaveOutKinds()))
                    .toList());
    }

    private static UrgencyRule urgencyRule(UrgencyRuleEntry entry) {
        return new UrgencyRule(entry.getLevel(), entry.getCondition(), entry.getReason(), entry.getWhenCause(),
                entry.getWhenCauseFit());
    }

    private static CauseRule cause(CauseEntry entry) {
        List<PatternItem> pattern = entry.getPatternItems()
            .stream()
            .map(p -> new PatternItem(p.getCondition(), p.getWeight(), p.getReason()))
            .toList();
        Condition rankFirstWhen = entry.getRankFirstWhen();
        List<String> exercises = entry.getExercises().stream().map(e -> e.getExercise().getCode()).toList();
        return new CauseRule(entry.getCode(), entry.getName(), entry.getExplanation(), pattern, rankFirstWhen,
                exercises, entry.getListWhenWeak(), entry.isPlanAlone(), entry.getListOnlyWhen(),
                entry.getRankFirstPriority(), entry.isPlanOnlyWhenFirst());
    }

    private static Exercise exercise(ExerciseEntry entry) {
        return new Exercise(entry.getCode(), entry.getName(), entry.getAim(), entry.getHowTo(), entry.getSets(),
                entry.getReps(), entry.getHoldSeconds(), entry.isPerSide(), entry.getCaution(), entry.getTimesPerWeek(),
                entry.getProgression(),
                entry.getPictureHash() == null ? null
                        : new ExercisePicture(entry.getPictureHash(), entry.getPictureAlt()),
                entry.getKind(), entry.isLoadsKnee());
    }

    private static AdviceRule advice(AdviceEntry entry) {
        String causeCode = entry.getCause() == null ? null : entry.getCause().getCode();
        Condition condition = entry.getCondition();
        return new AdviceRule(entry.getSection(), causeCode, condition, entry.getText(), entry.getWhenUrgency());
    }

}

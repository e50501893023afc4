package app.kneetriage.rules.content;

import java.util.List;

/**
 * A version's own lists, changeable: only {@link EditableDraft} and the import see them.
 */
record VersionParts(List<CauseEntry> causes, List<UrgencyRuleEntry> urgencyRules, List<ExerciseEntry> exercises,
        List<AdviceEntry> advice, List<ReturnStepEntry> returnSteps, List<RunningRuleEntry> runningRules,
        List<SectionRuleEntry> sectionRules, List<ExerciseLimitEntry> exerciseLimits) {
}

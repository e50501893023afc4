package app.kneetriage.rules.content;

import java.util.List;
import java.util.Objects;

import app.kneetriage.rules.PainMonitoringRule;
import tools.jackson.databind.JsonNode;

/**
 * A whole rule set as one JSON document, for export and import. Conditions are embedded
 * as the JSON objects {@link ConditionJson} reads; causes and advice refer to exercises
 * and causes by code.
 */
public record RuleSetDocument(String format, int planCauseCount, Integer maxPlanExercises, FitBandsDoc fitBands,
        List<ExerciseDoc> exercises, List<CauseDoc> causes, List<UrgencyRuleDoc> urgencyRules, List<AdviceDoc> advice,
        List<ReturnStepDoc> returnToRun, List<RunningRuleDoc> runningRules, List<SectionRuleDoc> sectionRules,
        PainMonitoringDoc painMonitoring, List<ExerciseLimitDoc> exerciseLimits) {

    /**
     * What export writes: version 3 of the triage contract. Its new parts are optional,
     * so a version 2 file reads as content without them.
     */
    public static final String FORMAT = "knee-triage-rules/3";

    /** Files exported for version 2; they import without version 3's parts. */
    public static final String FORMAT_V2 = "knee-triage-rules/2";

    /** Files exported before version 2; they import with version 1's meaning. */
    public static final String FORMAT_V1 = "knee-triage-rules/1";

    public record FitBandsDoc(double strongFrom, double moderateFrom) {
    }

    /**
     * Absent from files exported before the tracker: those import with the defaults. The
     * parts version 3 added are absent from older files: those parts stay off.
     */
    public record PainMonitoringDoc(int maxPainDuring, int settledMorningPain, int weeklyRiseToStepBack,
            int sessionsPerWeek, Integer maxBaselinePain, Integer maxPainAfter, Boolean oneRunPerDay,
            Integer minDaysPerWeek, Integer creepWeeks, Integer overrunPercent, Integer reduceStartWeek) {

        /** The rule; a part an older file leaves out stays off. */
        PainMonitoringRule toRule() {
            PainMonitoringRule off = PainMonitoringRule.DEFAULT;
            return new PainMonitoringRule(maxPainDuring, settledMorningPain, weeklyRiseToStepBack, sessionsPerWeek,
                    Objects.requireNonNullElse(maxBaselinePain, off.maxBaselinePain()),
                    Objects.requireNonNullElse(maxPainAfter, off.maxPainAfter()),
                    Objects.requireNonNullElse(oneRunPerDay, off.oneRunPerDay()),
                    Objects.requireNonNullElse(minDaysPerWeek, off.minDaysPerWeek()),
                    Objects.requireNonNullElse(creepWeeks, off.creepWeeks()),
                    Objects.requireNonNullElse(overrunPercent, off.overrunPercent()),
                    Objects.requireNonNullElse(reduceStartWeek, off.reduceStartWeek()));
        }
    }

    public record ExerciseDoc(String code, String name, String aim, String howTo, Integer sets, Integer reps,
            Integer holdSeconds, boolean perSide, String caution, Integer timesPerWeek, String progression,
            String pictureHash, String pictureAlt, String kind, Boolean loadsKnee) {
    }

    public record CauseDoc(String code, String name, String explanation, JsonNode rankFirstWhen,
            List<PatternItemDoc> pattern, List<String> exercises, JsonNode listWhenWeak, boolean planAlone,
            JsonNode listOnlyWhen, Integer rankFirstPriority, Boolean planOnlyWhenFirst) {
    }

    public record ExerciseLimitDoc(String whenRunning, String whenUrgency, String whenTopCause, JsonNode condition,
            Integer maxExercises, Boolean leaveOutLoadingKnee, List<String> leaveOutKinds) {
    }

    public record RunningRuleDoc(String advice, String whenUrgency, String whenTopCause, JsonNode condition,
            String text) {
    }

    public record SectionRuleDoc(String section, JsonNode condition) {
    }

    public record PatternItemDoc(JsonNode condition, int weight, String reason) {
    }

    public record UrgencyRuleDoc(String level, JsonNode condition, String reason, String whenCause,
            String whenCauseFit) {
    }

    public record AdviceDoc(String section, String cause, JsonNode condition, String text, String whenUrgency) {
    }

    /**
     * A week; {@code sessions}, {@code walkMinutes} and {@code runMinutes} are optional
     * (files exported before they existed leave them out).
     */
    public record ReturnStepDoc(int week, String description, Integer sessions, Integer walkMinutes,
            Integer runMinutes) {
    }
}

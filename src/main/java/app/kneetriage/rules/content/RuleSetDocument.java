package app.kneetriage.rules.content;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A whole rule set as one JSON document, for export and import. Conditions are embedded
 * as the JSON objects {@link ConditionJson} reads; causes and advice refer to exercises
 * and causes by code.
 */
public record RuleSetDocument(String format, int planCauseCount, Integer maxPlanExercises, FitBandsDoc fitBands,
        List<ExerciseDoc> exercises, List<CauseDoc> causes, List<UrgencyRuleDoc> urgencyRules, List<AdviceDoc> advice,
        List<ReturnStepDoc> returnToRun, List<RunningRuleDoc> runningRules, List<SectionRuleDoc> sectionRules,
        PainMonitoringDoc painMonitoring) {

    /** What export writes: version 2 of the triage contract. */
    public static final String FORMAT = "knee-triage-rules/2";

    /** Files exported before version 2; they import with version 1's meaning. */
    public static final String FORMAT_V1 = "knee-triage-rules/1";

    public record FitBandsDoc(double strongFrom, double moderateFrom) {
    }

    /** Absent from files exported before the tracker: those import with the defaults. */
    public record PainMonitoringDoc(int maxPainDuring, int settledMorningPain, int weeklyRiseToStepBack,
            int sessionsPerWeek) {
    }

    public record ExerciseDoc(String code, String name, String aim, String howTo, Integer sets, Integer reps,
            Integer holdSeconds, boolean perSide, String caution, Integer timesPerWeek, String progression,
            String pictureHash, String pictureAlt) {
    }

    public record CauseDoc(String code, String name, String explanation, JsonNode rankFirstWhen,
            List<PatternItemDoc> pattern, List<String> exercises, JsonNode listWhenWeak, boolean planAlone) {
    }

    public record RunningRuleDoc(String advice, String whenUrgency, String whenTopCause, JsonNode condition,
            String text) {
    }

    public record SectionRuleDoc(String section, JsonNode condition) {
    }

    public record PatternItemDoc(JsonNode condition, int weight, String reason) {
    }

    public record UrgencyRuleDoc(String level, JsonNode condition, String reason) {
    }

    public record AdviceDoc(String section, String cause, JsonNode condition, String text) {
    }

    /**
     * A week; {@code sessions}, {@code walkMinutes} and {@code runMinutes} are optional
     * (files exported before they existed leave them out).
     */
    public record ReturnStepDoc(int week, String description, Integer sessions, Integer walkMinutes,
            Integer runMinutes) {
    }
}

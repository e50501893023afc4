package app.kneetriage.rules.content;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A whole rule set as one JSON document, for export and import. Conditions are embedded
 * as the JSON objects {@link ConditionJson} reads; causes and advice refer to exercises
 * and causes by code.
 */
public record RuleSetDocument(String format, int planCauseCount, List<ExerciseDoc> exercises, List<CauseDoc> causes,
        List<UrgencyRuleDoc> urgencyRules, List<AdviceDoc> advice, List<ReturnStepDoc> returnToRun) {

    public static final String FORMAT = "knee-triage-rules/1";

    public record ExerciseDoc(String code, String name, String aim, String howTo, Integer sets, Integer reps,
            Integer holdSeconds, boolean perSide, String caution) {
    }

    public record CauseDoc(String code, String name, String explanation, JsonNode rankFirstWhen,
            List<PatternItemDoc> pattern, List<String> exercises) {
    }

    public record PatternItemDoc(JsonNode condition, int weight, String reason) {
    }

    public record UrgencyRuleDoc(String level, JsonNode condition, String reason) {
    }

    public record AdviceDoc(String section, String cause, JsonNode condition, String text) {
    }

    public record ReturnStepDoc(int week, String description) {
    }
}

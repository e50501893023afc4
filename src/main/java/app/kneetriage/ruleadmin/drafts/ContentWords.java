package app.kneetriage.ruleadmin.drafts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import app.kneetriage.ruleadmin.editing.ConditionSentences;
import app.kneetriage.rules.AdviceRule;
import app.kneetriage.rules.CauseRule;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.ExerciseLimit;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.RunningRule;
import app.kneetriage.rules.SectionRule;
import app.kneetriage.rules.UrgencyRule;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each piece of rule content in the words of the admin pages: an exercise or a cause as
 * its fields ("reps" → "15", "condition" → one sentence per condition), a rule of an
 * ordered list as one line. {@link RuleSetChanges} compares these words.
 */
@Component
class ContentWords {

    private final ConditionSentences sentences;

    private final MessageSource messages;

    ContentWords(ConditionSentences sentences, MessageSource messages) {
        this.sentences = sentences;
        this.messages = messages;
    }

    /**
     * A named item's fields; a value is a text, or a list of texts compared item by item.
     */
    record Item(String name, Map<String, Object> fields) {
    }

    Item exercise(Exercise exercise) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", exercise.name());
        fields.put("aim", exercise.aim());
        fields.put("howTo", exercise.howTo());
        fields.put("sets", exercise.sets());
        fields.put("reps", exercise.reps());
        fields.put("holdSeconds", exercise.holdSeconds());
        fields.put("perSide", yesNo(exercise.perSide()));
        fields.put("caution", exercise.caution());
        fields.put("timesPerWeek", exercise.timesPerWeek());
        fields.put("progression", exercise.progression());
        fields.put("picture", exercise.picture() == null ? null : exercise.picture().alt());
        fields.put("kind", exercise.kind() == null ? null : text("answer.exerciseKind." + exercise.kind()));
        fields.put("loadsKnee", yesNo(exercise.loadsKnee()));
        return item(exercise.name(), fields);
    }

    Item cause(CauseRule cause, Map<String, String> exerciseNames) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", cause.name());
        fields.put("explanation", cause.explanation());
        fields.put("condition",
                cause.pattern()
                    .stream()
                    .map(item -> text("diff.weighted", sentence(item.condition()), item.weight(), item.reason()))
                    .toList());
        fields.put("rankFirstWhen", cause.rankFirstWhen() == null ? null : sentence(cause.rankFirstWhen()));
        fields.put("listWhenWeak", cause.listWhenWeak() == null ? null : sentence(cause.listWhenWeak()));
        fields.put("planAlone", yesNo(cause.planAlone()));
        fields.put("planOnlyWhenFirst", yesNo(cause.planOnlyWhenFirst()));
        fields.put("listOnlyWhen", cause.listOnlyWhen() == null ? null : sentence(cause.listOnlyWhen()));
        fields.put("rankFirstPriority", cause.rankFirstPriority());
        fields.put("exercises",
                cause.exerciseCodes().stream().map(code -> exerciseNames.getOrDefault(code, code)).toList());
        return item(cause.name(), fields);
    }

    String urgency(UrgencyRule rule, Map<String, String> causeNames) {
        String line = text("diff.line.urgency", text("admin.urgency." + rule.level()), sentence(rule.condition()),
                rule.reason());
        if (rule.whenCause() == null) {
            return line;
        }
        String cause = causeNames.getOrDefault(rule.whenCause(), rule.whenCause());
        return line + " " + (rule.whenCauseFit() == null ? text("diff.line.urgency.causeFirst", cause)
                : text("diff.line.urgency.causeFit", cause, text("result.causes.fit." + rule.whenCauseFit())));
    }

    String limit(ExerciseLimit limit, Map<String, String> causeNames) {
        String running = limit.whenRunning() == null ? text("runningRules.any")
                : text("running." + limit.whenRunning() + ".short");
        String urgency = limit.whenUrgency() == null ? text("runningRules.any")
                : text("admin.urgency." + limit.whenUrgency());
        String cause = limit.whenTopCause() == null ? text("runningRules.any")
                : causeNames.getOrDefault(limit.whenTopCause(), limit.whenTopCause());
        String kinds = limit.leaveOutKinds()
            .stream()
            .map(kind -> text("answer.exerciseKind." + kind))
            .collect(Collectors.joining(", "));
        return text("diff.line.limit", running, urgency, cause, sentence(limit.condition()),
                Objects.toString(limit.maxExercises(), "\u2014"), yesNo(limit.leaveOutLoadingKnee()),
                kinds.isEmpty() ? "\u2014" : kinds);
    }

    String advice(AdviceRule advice, Map<String, String> causeNames) {
        String cause = advice.causeCode() == null || advice.causeCode().isBlank() ? text("adviceList.anyCause")
                : causeNames.getOrDefault(advice.causeCode(), advice.causeCode());
        String line = text("diff.line.advice", text("admin.section." + advice.section()), cause,
                advice.condition() == null ? sentences.always() : sentence(advice.condition()), advice.text());
        return advice.whenUrgency() == null ? line
                : line + " " + text("diff.line.advice.urgency", text("admin.urgency." + advice.whenUrgency()));
    }

    String section(SectionRule rule) {
        return text("diff.line.section", text("admin.section." + rule.section()), sentence(rule.condition()));
    }

    String running(RunningRule rule, Map<String, String> causeNames) {
        String urgency = rule.whenUrgency() == null ? text("runningRules.any")
                : text("admin.urgency." + rule.whenUrgency());
        String cause = rule.whenTopCause() == null || rule.whenTopCause().isBlank() ? text("runningRules.any")
                : causeNames.getOrDefault(rule.whenTopCause(), rule.whenTopCause());
        return text("diff.line.running", text("running." + rule.advice() + ".short"), urgency, cause,
                rule.condition() == null ? sentences.always() : sentence(rule.condition()), rule.text());
    }

    String week(ReturnStep step) {
        return text("diff.line.week", step.week(), step.description(), Objects.toString(step.sessions(), "\u2014"),
                Objects.toString(step.walkMinutes(), "\u2014"), Objects.toString(step.runMinutes(), "\u2014"));
    }

    Item settings(RuleSet rules) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("planCauseCount", rules.planCauseCount());
        fields.put("maxPlanExercises", rules.maxPlanExercises());
        fields.put("fitBands", text("diff.fitBands", rules.fitBands().strongFrom(), rules.fitBands().moderateFrom()));
        var pain = rules.painMonitoring();
        fields.put("painMonitoring", text("diff.painMonitoring", pain.maxPainDuring(), pain.settledMorningPain(),
                pain.weeklyRiseToStepBack(), pain.sessionsPerWeek()));
        fields.put("painMonitoringV3",
                text("diff.painMonitoringV3", pain.maxBaselinePain(), pain.maxPainAfter(), yesNo(pain.oneRunPerDay()),
                        pain.minDaysPerWeek(), pain.creepWeeks(), pain.overrunPercent(), pain.reduceStartWeek()));
        return item(text("diff.kind.settings"), fields);
    }

    String label(String field) {
        return text("diff.field." + field);
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, Locale.ENGLISH);
    }

    private String sentence(Condition condition) {
        return sentences.of(condition);
    }

    private String yesNo(boolean value) {
        return text(value ? "diff.yes" : "diff.no");
    }

    private static Item item(String name, Map<String, Object> fields) {
        Map<String, Object> words = new LinkedHashMap<>();
        fields.forEach((field, value) -> words.put(field,
                value instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.toList())
                        : value == null ? null : value.toString()));
        return new Item(name, words);
    }

}

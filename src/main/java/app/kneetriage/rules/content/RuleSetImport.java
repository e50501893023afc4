package app.kneetriage.rules.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.TextLimits;
import app.kneetriage.rules.Urgency;
import tools.jackson.databind.JsonNode;

/**
 * An exported {@link RuleSetDocument} turned into a new, unsaved draft, checked
 * completely first (shape, references, every condition, the engine's own checks and the
 * columns' widths), so a bad file changes nothing.
 */
final class RuleSetImport {

    private RuleSetImport() {
    }

    /**
     * @throws InvalidRuleException with a readable message when the document is not a
     * valid rule set
     */
    static RuleVersion toDraft(RuleSetDocument document, Instant now) {
        RuleVersion draft = new RuleVersion();
        draft.setStatus(RuleSetStatus.DRAFT);
        draft.setPlanCauseCount(document.planCauseCount());
        draft.setCreatedAt(now);
        Map<String, ExerciseEntry> exercises = new HashMap<>();
        int order = 0;
        for (RuleSetDocument.ExerciseDoc doc : required(document.exercises(), "exercises")) {
            ExerciseEntry exercise = new ExerciseEntry();
            exercise.setRuleSet(draft);
            exercise.setSortOrder(++order);
            exercise.setCode(doc.code());
            exercise.setName(doc.name());
            exercise.setAim(doc.aim());
            exercise.setHowTo(doc.howTo());
            exercise.setSets(doc.sets());
            exercise.setReps(doc.reps());
            exercise.setHoldSeconds(doc.holdSeconds());
            exercise.setPerSide(doc.perSide());
            exercise.setCaution(doc.caution());
            draft.getExercises().add(exercise);
            exercises.put(doc.code(), exercise);
        }
        Map<String, CauseEntry> causes = new HashMap<>();
        order = 0;
        for (RuleSetDocument.CauseDoc doc : required(document.causes(), "causes")) {
            CauseEntry cause = new CauseEntry();
            cause.setRuleSet(draft);
            cause.setSortOrder(++order);
            cause.setCode(doc.code());
            cause.setName(doc.name());
            cause.setExplanation(doc.explanation());
            cause.setRankFirstWhen(condition(doc.rankFirstWhen()));
            int itemOrder = 0;
            for (RuleSetDocument.PatternItemDoc itemDoc : required(doc.pattern(), "pattern of " + doc.code())) {
                PatternItemEntry item = new PatternItemEntry();
                item.setCause(cause);
                item.setSortOrder(++itemOrder);
                item.setCondition(condition(itemDoc.condition()));
                item.setWeight(itemDoc.weight());
                item.setReason(itemDoc.reason());
                cause.getPatternItems().add(item);
            }
            int exerciseOrder = 0;
            for (String code : required(doc.exercises(), "exercises of " + doc.code())) {
                ExerciseEntry exercise = exercises.get(code);
                if (exercise == null) {
                    throw new InvalidRuleException("cause " + doc.code() + " lists unknown exercise " + code);
                }
                CauseExerciseEntry planned = new CauseExerciseEntry();
                planned.setCause(cause);
                planned.setExercise(exercise);
                planned.setSortOrder(++exerciseOrder);
                cause.getExercises().add(planned);
            }
            draft.getCauses().add(cause);
            causes.put(doc.code(), cause);
        }
        order = 0;
        for (RuleSetDocument.UrgencyRuleDoc doc : required(document.urgencyRules(), "urgencyRules")) {
            UrgencyRuleEntry rule = new UrgencyRuleEntry();
            rule.setRuleSet(draft);
            rule.setSortOrder(++order);
            rule.setLevel(enumValue(Urgency.class, doc.level(), "urgency level"));
            rule.setCondition(condition(doc.condition()));
            rule.setReason(doc.reason());
            draft.getUrgencyRules().add(rule);
        }
        order = 0;
        for (RuleSetDocument.AdviceDoc doc : required(document.advice(), "advice")) {
            AdviceEntry advice = new AdviceEntry();
            advice.setRuleSet(draft);
            advice.setSortOrder(++order);
            advice.setSection(enumValue(AdviceSection.class, doc.section(), "advice section"));
            if (doc.cause() != null) {
                advice.setCause(causes.get(doc.cause()));
                if (advice.getCause() == null) {
                    throw new InvalidRuleException("advice refers to unknown cause " + doc.cause());
                }
            }
            advice.setCondition(condition(doc.condition()));
            advice.setText(doc.text());
            draft.getAdvice().add(advice);
        }
        for (RuleSetDocument.ReturnStepDoc doc : required(document.returnToRun(), "returnToRun")) {
            ReturnStepEntry step = new ReturnStepEntry();
            step.setRuleSet(draft);
            step.setWeekNumber(doc.week());
            step.setDescription(doc.description());
            draft.getReturnSteps().add(step);
        }
        // The engine's own checks: codes, texts, weights, doses, references and every
        // condition.
        draft.checkEvaluable();
        checkLengths(draft);
        return draft;
    }

    /**
     * What the columns can hold, checked on the texts as stored (the engine checks them
     * stripped), so that a long text is refused here rather than by the database.
     */
    private static void checkLengths(RuleVersion draft) {
        for (ExerciseEntry e : draft.getExercises()) {
            fits(e.getName(), TextLimits.NAME, "exercise name");
            fits(e.getAim(), TextLimits.AIM, "exercise aim");
            fits(e.getHowTo(), TextLimits.HOW_TO, "how to do " + e.getCode());
            fits(e.getCaution(), TextLimits.CAUTION, "caution of " + e.getCode());
        }
        for (CauseEntry c : draft.getCauses()) {
            fits(c.getName(), TextLimits.NAME, "cause name");
            fits(c.getExplanation(), TextLimits.EXPLANATION, "explanation of " + c.getCode());
            fits(stored(c.getRankFirstWhen()), TextLimits.CONDITION, "rank-first condition of " + c.getCode());
            c.getPatternItems().forEach(p -> {
                fits(p.getReason(), TextLimits.REASON, "reason in " + c.getCode());
                fits(stored(p.getCondition()), TextLimits.CONDITION, "condition in " + c.getCode());
            });
        }
        draft.getUrgencyRules().forEach(u -> {
            fits(u.getReason(), TextLimits.REASON, "urgency reason");
            fits(stored(u.getCondition()), TextLimits.CONDITION, "urgency condition");
        });
        draft.getAdvice().forEach(a -> {
            fits(a.getText(), TextLimits.ADVICE, "advice text");
            fits(stored(a.getCondition()), TextLimits.CONDITION, "advice condition");
        });
        draft.getReturnSteps()
            .forEach(s -> fits(s.getDescription(), TextLimits.RETURN_STEP, "return-to-run week " + s.getWeekNumber()));
    }

    private static void fits(String text, int max, String what) {
        if (text != null && text.length() > max) {
            throw new InvalidRuleException(what + " is longer than " + max + " characters");
        }
    }

    private static Condition condition(JsonNode node) {
        return node == null || node.isNull() ? null : ConditionJson.fromTree(node);
    }

    /** A condition as it is stored, to check its length; null for none. */
    private static String stored(Condition condition) {
        return condition == null ? null : ConditionJson.format(condition);
    }

    private static <T> List<T> required(List<T> list, String what) {
        if (list == null) {
            throw new InvalidRuleException("the file has no " + what);
        }
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new InvalidRuleException("the file has an empty entry in " + what);
        }
        return list;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, Objects.requireNonNull(value));
        }
        catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRuleException("unknown " + what + " '" + value + "'");
        }
    }

}

package app.kneetriage.ruleadmin.editing;

import java.util.List;
import java.util.Map;

import app.kneetriage.rules.AnswerLimits;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.Operator;

/** What the condition builder offers for each question of the runner's form. */
final class QuestionChoices {

    private static final Map<Field.Kind, List<Operator>> OPERATORS = Map.of(
            Field.Kind.CHOICE, List.of(Operator.IN), Field.Kind.CHOICES, List.of(Operator.CONTAINS_ANY,
                    Operator.CONTAINS_ALL, Operator.CONTAINS_NONE, Operator.NOT_EMPTY, Operator.IS_EMPTY),
            Field.Kind.NUMBER,
            List.of(Operator.AT_LEAST, Operator.AT_MOST, Operator.GREATER_THAN, Operator.LESS_THAN, Operator.EQUALS,
                    Operator.BETWEEN, Operator.NOT_ANSWERED),
            Field.Kind.FLAG, List.of(Operator.IS_TRUE, Operator.IS_FALSE, Operator.NOT_ANSWERED));

    private QuestionChoices() {
    }

    /** The comparisons the builder offers for a question, most used first. */
    static List<Operator> operatorsFor(Field field) {
        return OPERATORS.get(field.kind());
    }

    /** The answers a number question accepts: the same limits as the runner's form. */
    static int[] range(Field field) {
        return switch (field) {
            case PAIN_SCORE -> new int[] { AnswerLimits.MIN_PAIN_SCORE, AnswerLimits.MAX_PAIN_SCORE };
            case DURATION_DAYS -> new int[] { 0, AnswerLimits.MAX_DURATION_DAYS };
            case WEEKLY_DISTANCE_CHANGE_PERCENT -> new int[] { AnswerLimits.MIN_WEEKLY_DISTANCE_CHANGE_PERCENT,
                    AnswerLimits.MAX_WEEKLY_DISTANCE_CHANGE_PERCENT };
            case SHOE_DISTANCE_KM -> new int[] { 0, AnswerLimits.MAX_SHOE_DISTANCE_KM };
            case CADENCE_SPM -> new int[] { AnswerLimits.MIN_CADENCE_SPM, AnswerLimits.MAX_CADENCE_SPM };
            case REST_DAYS_PER_WEEK -> new int[] { 0, AnswerLimits.MAX_REST_DAYS_PER_WEEK };
            case AGE -> new int[] { AnswerLimits.MIN_AGE, AnswerLimits.MAX_AGE };
            default -> new int[0];
        };
    }

}

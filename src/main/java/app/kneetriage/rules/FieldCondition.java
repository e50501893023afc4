package app.kneetriage.rules;

import java.util.List;
import java.util.Set;

/**
 * Compares one answer with fixed values, e.g. {@code location EQUALS FRONT} or
 * {@code training.weeklyDistanceChangePercent GREATER_THAN 10}. An optional answer that
 * was not given matches nothing but {@link Operator#NOT_ANSWERED}. The definition is
 * checked when the condition is built: the operator must apply to the field, take that
 * many values, and the values must be the field's choices or integers.
 */
public record FieldCondition(Field field, Operator operator, List<String> values) implements Condition {

    public FieldCondition {
        if (field == null || operator == null) {
            throw new InvalidRuleException("a condition needs a field and an operator");
        }
        values = values == null ? List.of() : List.copyOf(values);
        if (!operator.appliesTo(field)) {
            throw new InvalidRuleException("operator " + operator + " does not apply to " + field.key());
        }
        if (values.size() < operator.minValues() || values.size() > operator.maxValues()) {
            throw new InvalidRuleException("operator " + operator + " on " + field.key() + " takes "
                    + describeArity(operator) + ", not " + values.size());
        }
        checkValues(field, operator, values);
    }

    public FieldCondition(Field field, Operator operator, String... values) {
        this(field, operator, List.of(values));
    }

    @Override
    public boolean matches(Answers answers) {
        Object answer = field.valueOf(answers);
        if (answer == null || operator == Operator.NOT_ANSWERED) {
            return answer == null && operator == Operator.NOT_ANSWERED;
        }
        return switch (operator) {
            case EQUALS -> answer instanceof Integer number ? number == number(0)
                    : ((Enum<?>) answer).name().equals(values.get(0));
            case IN -> values.contains(((Enum<?>) answer).name());
            case CONTAINS_ANY -> containsAny((Set<?>) answer);
            case CONTAINS_ALL -> containsAll((Set<?>) answer);
            case CONTAINS_NONE -> !containsAny((Set<?>) answer);
            case IS_EMPTY -> ((Set<?>) answer).isEmpty();
            case NOT_EMPTY -> !((Set<?>) answer).isEmpty();
            case LESS_THAN -> (Integer) answer < number(0);
            case AT_MOST -> (Integer) answer <= number(0);
            case GREATER_THAN -> (Integer) answer > number(0);
            case AT_LEAST -> (Integer) answer >= number(0);
            case BETWEEN -> (Integer) answer >= number(0) && (Integer) answer <= number(1);
            case IS_TRUE -> (Boolean) answer;
            case IS_FALSE -> !(Boolean) answer;
            case NOT_ANSWERED -> false;
        };
    }

    private int number(int index) {
        return Integer.parseInt(values.get(index));
    }

    // Loops, not streams: the engine runs these for every condition of every check (see
    // the
    // engine's JMH benchmark in bench/).
    private boolean containsAny(Set<?> answered) {
        for (Object choice : answered) {
            if (values.contains(((Enum<?>) choice).name())) {
                return true;
            }
        }
        return false;
    }

    private boolean containsAll(Set<?> answered) {
        for (String value : values) {
            boolean found = false;
            for (Object choice : answered) {
                if (((Enum<?>) choice).name().equals(value)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static void checkValues(Field field, Operator operator, List<String> values) {
        if (field.kind() == Field.Kind.NUMBER) {
            for (String value : values) {
                try {
                    Integer.parseInt(value);
                }
                catch (NumberFormatException e) {
                    throw new InvalidRuleException(field.key() + " compares with whole numbers, not '" + value + "'");
                }
            }
            if (operator == Operator.BETWEEN && Integer.parseInt(values.get(0)) > Integer.parseInt(values.get(1))) {
                throw new InvalidRuleException("BETWEEN needs the lower value first");
            }
        }
        else {
            List<String> allowed = field.allowedValues();
            for (String value : values) {
                if (!allowed.contains(value)) {
                    throw new InvalidRuleException(
                            "'" + value + "' is not a value of " + field.key() + "; use one of " + allowed);
                }
            }
        }
    }

    private static String describeArity(Operator operator) {
        if (operator.minValues() == operator.maxValues()) {
            return operator.minValues() + " value(s)";
        }
        return "at least " + operator.minValues() + " value(s)";
    }
}

package app.kneetriage.rules;

import java.util.Set;

/**
 * How a {@link FieldCondition} compares an answer with its values. Each operator applies
 * to some field kinds and takes a fixed number of values, so an invalid condition is
 * rejected when it is built rather than when a runner's answers meet it.
 */
public enum Operator {

    /** the answer is the one value */
    EQUALS(Set.of(Field.Kind.CHOICE, Field.Kind.NUMBER), 1, 1),
    /** the answer is one of the values */
    IN(Set.of(Field.Kind.CHOICE), 1, Integer.MAX_VALUE),
    /** at least one of the values was answered */
    CONTAINS_ANY(Set.of(Field.Kind.CHOICES), 1, Integer.MAX_VALUE),
    /** every one of the values was answered */
    CONTAINS_ALL(Set.of(Field.Kind.CHOICES), 1, Integer.MAX_VALUE),
    /** none of the values was answered */
    CONTAINS_NONE(Set.of(Field.Kind.CHOICES), 1, Integer.MAX_VALUE),
    /** nothing was chosen */
    IS_EMPTY(Set.of(Field.Kind.CHOICES), 0, 0),
    /** something was chosen */
    NOT_EMPTY(Set.of(Field.Kind.CHOICES), 0, 0), LESS_THAN(Set.of(Field.Kind.NUMBER), 1, 1),
    AT_MOST(Set.of(Field.Kind.NUMBER), 1, 1), GREATER_THAN(Set.of(Field.Kind.NUMBER), 1, 1),
    AT_LEAST(Set.of(Field.Kind.NUMBER), 1, 1),
    /** from the first value to the second, both included */
    BETWEEN(Set.of(Field.Kind.NUMBER), 2, 2), IS_TRUE(Set.of(Field.Kind.FLAG), 0, 0),
    IS_FALSE(Set.of(Field.Kind.FLAG), 0, 0),
    /**
     * the optional answer was not given ("age over 16 or not given"); the only operator
     * that matches a missing answer
     */
    NOT_ANSWERED(Set.of(Field.Kind.NUMBER, Field.Kind.FLAG), 0, 0);

    private final Set<Field.Kind> kinds;

    private final int minValues;

    private final int maxValues;

    Operator(Set<Field.Kind> kinds, int minValues, int maxValues) {
        this.kinds = kinds;
        this.minValues = minValues;
        this.maxValues = maxValues;
    }

    public boolean appliesTo(Field field) {
        return kinds.contains(field.kind());
    }

    public int minValues() {
        return minValues;
    }

    public int maxValues() {
        return maxValues;
    }

}

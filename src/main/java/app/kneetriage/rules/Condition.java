package app.kneetriage.rules;

import java.util.List;

/**
 * A test on a runner's answers, built from rule content. Leaves compare one answer
 * ({@link FieldCondition}); groups combine other conditions ({@link AllOf},
 * {@link AnyOf}, {@link AtLeastOf}).
 */
public sealed interface Condition permits FieldCondition, AllOf, AnyOf, AtLeastOf {

    /** Matches every set of answers: an empty {@link AllOf}. */
    Condition ALWAYS = new AllOf(List.of());

    boolean matches(Answers answers);

}

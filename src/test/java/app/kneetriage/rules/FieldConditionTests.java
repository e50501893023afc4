package app.kneetriage.rules;

import static app.kneetriage.rules.TestAnswers.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldConditionTests {

    @ParameterizedTest(name = "painScore {0} {1} -> {2}")
    @CsvSource({ "LESS_THAN, 7, false", "AT_MOST, 7, true", "GREATER_THAN, 6, true", "GREATER_THAN, 7, false",
            "AT_LEAST, 7, true", "AT_LEAST, 8, false", "EQUALS, 7, true", "EQUALS, 6, false" })
    void numberComparisonsIncludeOrExcludeTheBoundary(Operator operator, String value, boolean expected) {
        Condition condition = new FieldCondition(Field.PAIN_SCORE, operator, value);

        assertThat(condition.matches(answers().painScore(7).build())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "durationDays {0} between 14 and 21 -> {1}")
    @CsvSource({ "13, false", "14, true", "21, true", "22, false" })
    void betweenIncludesBothEnds(int days, boolean expected) {
        Condition condition = new FieldCondition(Field.DURATION_DAYS, Operator.BETWEEN, "14", "21");

        assertThat(condition.matches(answers().durationDays(days).build())).isEqualTo(expected);
    }

    @Test
    void choiceOperatorsCompareEnumNames() {
        Answers outer = answers().location(Location.OUTER).character(PainCharacter.BURNING).build();

        assertThat(new FieldCondition(Field.LOCATION, Operator.EQUALS, "OUTER").matches(outer)).isTrue();
        assertThat(new FieldCondition(Field.LOCATION, Operator.EQUALS, "FRONT").matches(outer)).isFalse();
        assertThat(new FieldCondition(Field.CHARACTER, Operator.IN, "SHARP", "BURNING").matches(outer)).isTrue();
        assertThat(new FieldCondition(Field.CHARACTER, Operator.IN, "SHARP", "DULL_ACHE").matches(outer)).isFalse();
    }

    @Test
    void setOperatorsLookAtEveryAnswer() {
        Answers stairsAndSitting = answers().timing(Timing.DOWNSTAIRS, Timing.AFTER_SITTING).build();
        Answers none = answers().build();

        assertThat(new FieldCondition(Field.TIMING, Operator.CONTAINS_ANY, "SQUATTING", "DOWNSTAIRS")
            .matches(stairsAndSitting)).isTrue();
        assertThat(new FieldCondition(Field.TIMING, Operator.CONTAINS_ALL, "DOWNSTAIRS", "AFTER_SITTING")
            .matches(stairsAndSitting)).isTrue();
        assertThat(new FieldCondition(Field.TIMING, Operator.CONTAINS_ALL, "DOWNSTAIRS", "SQUATTING")
            .matches(stairsAndSitting)).isFalse();
        assertThat(new FieldCondition(Field.TIMING, Operator.CONTAINS_NONE, "SQUATTING", "AT_REST")
            .matches(stairsAndSitting)).isTrue();
        assertThat(new FieldCondition(Field.TIMING, Operator.CONTAINS_NONE, "DOWNSTAIRS").matches(stairsAndSitting))
            .isFalse();
        assertThat(new FieldCondition(Field.RED_FLAGS, Operator.IS_EMPTY).matches(none)).isTrue();
        assertThat(new FieldCondition(Field.RED_FLAGS, Operator.NOT_EMPTY).matches(none)).isFalse();
    }

    @Test
    void anUnansweredTrainingFieldMatchesNothing() {
        Answers unanswered = answers().build();
        Answers answeredNo = answers().training(TestAnswers.training(null, false, null, null)).build();

        assertThat(new FieldCondition(Field.ADDED_SPEED_AND_HILLS, Operator.IS_TRUE).matches(unanswered)).isFalse();
        assertThat(new FieldCondition(Field.ADDED_SPEED_AND_HILLS, Operator.IS_FALSE).matches(unanswered)).isFalse();
        assertThat(new FieldCondition(Field.ADDED_SPEED_AND_HILLS, Operator.IS_FALSE).matches(answeredNo)).isTrue();
        assertThat(new FieldCondition(Field.WEEKLY_DISTANCE_CHANGE_PERCENT, Operator.LESS_THAN, "1000")
            .matches(unanswered)).isFalse();
    }

    @Test
    void groupsCombineConditions() {
        Condition front = new FieldCondition(Field.LOCATION, Operator.EQUALS, "FRONT");
        Condition sharp = new FieldCondition(Field.CHARACTER, Operator.EQUALS, "SHARP");
        Condition left = new FieldCondition(Field.SIDE, Operator.EQUALS, "LEFT");
        Answers frontDullLeft = answers().build();

        assertThat(new AllOf(List.of(front, left)).matches(frontDullLeft)).isTrue();
        assertThat(new AllOf(List.of(front, sharp)).matches(frontDullLeft)).isFalse();
        assertThat(new AnyOf(List.of(sharp, left)).matches(frontDullLeft)).isTrue();
        assertThat(new AtLeastOf(2, List.of(front, sharp, left)).matches(frontDullLeft)).isTrue();
        assertThat(new AtLeastOf(3, List.of(front, sharp, left)).matches(frontDullLeft)).isFalse();
        assertThat(Condition.ALWAYS.matches(frontDullLeft)).isTrue();
    }

    @Test
    void rejectsDefinitionsTheEngineCannotEvaluate() {
        assertThatThrownBy(() -> new FieldCondition(Field.LOCATION, Operator.GREATER_THAN, "3"))
            .isInstanceOf(InvalidRuleException.class)
            .hasMessageContaining("does not apply");
        assertThatThrownBy(() -> new FieldCondition(Field.LOCATION, Operator.EQUALS, "KNEECAP"))
            .isInstanceOf(InvalidRuleException.class)
            .hasMessageContaining("not a value of location");
        assertThatThrownBy(() -> new FieldCondition(Field.PAIN_SCORE, Operator.AT_LEAST, "seven"))
            .isInstanceOf(InvalidRuleException.class)
            .hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> new FieldCondition(Field.PAIN_SCORE, Operator.BETWEEN, "7"))
            .isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> new FieldCondition(Field.PAIN_SCORE, Operator.BETWEEN, "8", "2"))
            .isInstanceOf(InvalidRuleException.class)
            .hasMessageContaining("lower value first");
        assertThatThrownBy(() -> new FieldCondition(Field.PREVIOUS_EPISODES, Operator.IS_TRUE, "yes"))
            .isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> new AnyOf(List.of())).isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> new AtLeastOf(3, List.of(Condition.ALWAYS))).isInstanceOf(InvalidRuleException.class);
    }

}

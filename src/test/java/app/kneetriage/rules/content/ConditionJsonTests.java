package app.kneetriage.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import app.kneetriage.rules.AllOf;
import app.kneetriage.rules.AnyOf;
import app.kneetriage.rules.AtLeastOf;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.FieldCondition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionJsonTests {

    @Test
    void nestedConditionsSurviveARoundTrip() {
        Condition condition = new AllOf(List.of(
                new AnyOf(List.of(new FieldCondition(Field.WEEKLY_DISTANCE_CHANGE_PERCENT, Operator.AT_LEAST, "30"),
                        new AtLeastOf(2,
                                List.of(new FieldCondition(Field.NEW_OR_RETURNING, Operator.IS_TRUE),
                                        new FieldCondition(Field.TIMING, Operator.CONTAINS_ANY, "AFTER_RUN"))))),
                new FieldCondition(Field.LOCATION, Operator.IN, "FRONT", "INNER")));

        String json = ConditionJson.format(condition);

        assertThat(ConditionJson.parse(json)).isEqualTo(condition);
        assertThat(json).contains("\"field\":\"training.weeklyDistanceChangePercent\"");
    }

    @Test
    void numbersMayBeWrittenAsJsonNumbers() {
        assertThat(ConditionJson.parse("{\"field\":\"painScore\",\"op\":\"AT_LEAST\",\"values\":[7]}"))
            .isEqualTo(new FieldCondition(Field.PAIN_SCORE, Operator.AT_LEAST, "7"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not json", "[]", "{}", "{\"field\":\"kneeAngle\",\"op\":\"EQUALS\",\"values\":[\"1\"]}",
            "{\"field\":\"location\",\"op\":\"ROUGHLY\",\"values\":[\"FRONT\"]}",
            "{\"field\":\"location\",\"op\":\"EQUALS\",\"values\":[\"KNEECAP\"]}",
            "{\"field\":\"location\",\"op\":\"EQUALS\",\"values\":\"FRONT\"}",
            "{\"field\":\"location\",\"op\":\"EQUALS\",\"values\":[\"FRONT\"],\"weight\":2}",
            "{\"field\":{\"name\":\"location\"},\"op\":\"EQUALS\",\"values\":[\"FRONT\"]}", "{\"all\":{}}",
            "{\"any\":[]}", "{\"atLeast\":\"2\",\"of\":[]}", "{\"atLeast\":5,\"of\":[{\"all\":[]}]}" })
    void rejectsWhatTheEngineCannotEvaluate(String json) {
        assertThatThrownBy(() -> ConditionJson.parse(json)).isInstanceOf(InvalidRuleException.class);
    }

}

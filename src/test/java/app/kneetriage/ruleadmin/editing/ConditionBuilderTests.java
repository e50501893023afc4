package app.kneetriage.ruleadmin.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.kneetriage.rules.AllOf;
import app.kneetriage.rules.AnyOf;
import app.kneetriage.rules.AtLeastOf;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.FieldCondition;
import app.kneetriage.rules.Operator;
import app.kneetriage.rules.content.ConditionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The condition builder: rows from stored conditions and back, problems at their inputs,
 * its buttons.
 */
class ConditionBuilderTests {

    /** Every condition of the seeded rule content, versions 2 and 3, as stored. */
    static Stream<String> seededConditions() throws Exception {
        String seed = new ClassPathResource("db/migration/V8__seed_rule_content_v2.sql")
            .getContentAsString(StandardCharsets.UTF_8)
                + new ClassPathResource("db/migration/V22__seed_rule_content_v3.sql")
                    .getContentAsString(StandardCharsets.UTF_8);
        return Pattern.compile("'(\\{\"(?:field|all|any|atLeast)\"[^']*)'")
            .matcher(seed)
            .results()
            .map(m -> m.group(1))
            .distinct();
    }

    @ParameterizedTest
    @MethodSource("seededConditions")
    void everySeededConditionComesBackFromItsRowUnchanged(String json) {
        Condition stored = ConditionJson.parse(json);

        ConditionRow row = ConditionRow.of(stored);

        assertThat(row.isAdvanced()).isEqualTo(ConditionBuilder.depth(stored) > ConditionRow.BUILDER_DEPTH);
        assertThat(ConditionJson.format(row.toCondition())).isEqualTo(ConditionJson.format(stored));
    }

    @Test
    void aQuestionWithOneAnswerIsStoredAsIsAndWithMoreAsOneOf() {
        ConditionRow row = question("location", "IN");
        row.setAnswers(List.of("OUTER"));
        assertThat(row.toCondition()).isEqualTo(new FieldCondition(Field.LOCATION, Operator.EQUALS, "OUTER"));

        row.setAnswers(List.of("OUTER", "NOT_AN_ANSWER", "BACK"));
        assertThat(row.toCondition()).isEqualTo(new FieldCondition(Field.LOCATION, Operator.IN, "OUTER", "BACK"));
    }

    @Test
    void numbersAreCheckedAgainstTheFormsRange() {
        ConditionRow row = question("painScore", "AT_LEAST");
        row.setNumber("11");
        assertThatThrownBy(row::toCondition).isInstanceOfSatisfying(ConditionProblem.class, problem -> {
            assertThat(problem.property()).isEqualTo("number");
            assertThat(problem.code()).isEqualTo("condition.problem.number");
            assertThat(problem.arguments()).containsSubsequence(0, 10);
        });

        row.setOperator("BETWEEN");
        row.setNumber("6");
        row.setUpTo("4");
        assertThatThrownBy(row::toCondition).hasFieldOrPropertyWithValue("property", "upTo");

        row.setUpTo(" 9 ");
        assertThat(row.toCondition()).isEqualTo(new FieldCondition(Field.PAIN_SCORE, Operator.BETWEEN, "6", "9"));
    }

    @Test
    void aProblemInsideAGroupIsSaidAtThePartsInput() {
        ConditionRow group = new ConditionRow();
        group.setKind(ConditionRow.Kind.AT_LEAST);
        group.setCount("2");
        ConditionRow flag = question("injuryEvent", "IS_TRUE");
        ConditionRow unanswered = question("timing", "CONTAINS_ANY");
        group.setParts(new ArrayList<>(List.of(flag, unanswered)));
        var errors = new BeanPropertyBindingResult(new CauseForm(), "causeForm");

        ConditionBuilder.check(group, "rankFirstWhen", true, errors);

        assertThat(errors.getFieldError("rankFirstWhen.parts[1].answers")).isNotNull();

        unanswered.setAnswers(List.of("AT_REST"));
        group.setCount("3");
        assertThatThrownBy(group::toCondition).hasFieldOrPropertyWithValue("property", "count");

        group.setCount("2");
        assertThat(group.toCondition())
            .isEqualTo(new AtLeastOf(2, List.of(new FieldCondition(Field.INJURY_EVENT, Operator.IS_TRUE),
                    new FieldCondition(Field.TIMING, Operator.CONTAINS_ANY, "AT_REST"))));
    }

    @Test
    void aRequiredConditionCannotBeLeftOut() {
        var errors = new BeanPropertyBindingResult(new CauseForm(), "causeForm");

        ConditionBuilder.check(ConditionRow.of(null), "listWhenWeak", false, errors);

        assertThat(errors.getFieldError("listWhenWeak.kind").getCode()).isEqualTo("condition.problem.kind");
    }

    @Test
    void buttonsAddAndRemovePartsOnlyInsideGroupsOfTheForm() {
        CauseForm form = new CauseForm();
        PatternRow pattern = new PatternRow();
        pattern.getCondition().setKind(ConditionRow.Kind.ANY);
        form.getPattern().add(pattern);

        String open = ConditionButtons.act(form, form.conditionRows(), "refresh:pattern[0].condition");
        assertThat(open).isEqualTo("pattern[0].condition");
        assertThat(pattern.getCondition().getParts()).as("a new group starts with one part").hasSize(1);

        ConditionButtons.act(form, form.conditionRows(), "add:pattern[0].condition");
        ConditionButtons.act(form, form.conditionRows(), "add:pattern[0].condition");
        ConditionButtons.act(form, form.conditionRows(), "remove:pattern[0].condition:1");
        assertThat(pattern.getCondition().getParts()).hasSize(2);

        assertThat(ConditionButtons.act(form, form.conditionRows(), "add:class.classLoader")).isNull();
        ConditionButtons.act(form, form.conditionRows(), "add:name");
        ConditionButtons.act(form, form.conditionRows(), "remove:pattern[0].condition:99");
        assertThat(pattern.getCondition().getParts()).hasSize(2);
    }

    @Test
    void theAdvancedToggleCarriesTheConditionBothWays() {
        CauseForm form = new CauseForm();
        ConditionRow row = form.getRankFirstWhen();
        row.setKind(ConditionRow.Kind.ONE);
        row.setField("painScore");
        row.setOperator("AT_LEAST");
        row.setNumber("8");

        row.setAdvanced(true);
        ConditionButtons.act(form, form.conditionRows(), "refresh:rankFirstWhen");
        assertThat(row.getJson()).isEqualTo("{\"field\":\"painScore\",\"op\":\"AT_LEAST\",\"values\":[\"8\"]}");

        row.setJson("{\"any\":[{\"field\":\"age\",\"op\":\"AT_LEAST\",\"values\":[\"55\"]},"
                + "{\"field\":\"cannotBendKnee\",\"op\":\"IS_TRUE\"}]}");
        row.setAdvanced(false);
        ConditionButtons.act(form, form.conditionRows(), "refresh:rankFirstWhen");
        assertThat(row.isAdvanced()).isFalse();
        assertThat(row.getKind()).isEqualTo(ConditionRow.Kind.ANY);
        assertThat(row.toCondition())
            .isEqualTo(new AnyOf(List.of(new FieldCondition(Field.AGE, Operator.AT_LEAST, "55"),
                    new FieldCondition(Field.CANNOT_BEND_KNEE, Operator.IS_TRUE))));

        String deep = "{\"all\":[{\"any\":[{\"all\":[{\"field\":\"age\",\"op\":\"AT_LEAST\",\"values\":[\"55\"]}]}]}]}";
        row.setJson(deep);
        ConditionButtons.act(form, form.conditionRows(), "refresh:rankFirstWhen");
        assertThat(row.isAdvanced()).as("too deep for the builder: stays JSON").isTrue();
        assertThat(row.toCondition()).isInstanceOf(AllOf.class);
    }

    private static ConditionRow question(String field, String operator) {
        ConditionRow row = new ConditionRow();
        row.setField(field);
        row.setOperator(operator);
        return row;
    }

}

package app.kneetriage.ruleadmin.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import app.kneetriage.rules.AnyOf;
import app.kneetriage.rules.AtLeastOf;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.FieldCondition;
import app.kneetriage.rules.Operator;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Conditions in words, with the app's own message bundle. */
class ConditionSentencesTests {

    static final ConditionSentences SENTENCES = new ConditionSentences(bundle());

    @Test
    void aNumberReadsAsTheQuestionAndTheLimit() {
        assertThat(SENTENCES.of(new FieldCondition(Field.PAIN_SCORE, Operator.AT_LEAST, "8")))
            .isEqualTo("Pain score at least 8");
        assertThat(SENTENCES.of(new FieldCondition(Field.DURATION_DAYS, Operator.BETWEEN, "14", "42")))
            .isEqualTo("Days since it started from 14 to 42");
    }

    @Test
    void answersReadAsTheRunnerSawThem() {
        assertThat(SENTENCES.of(new FieldCondition(Field.LOCATION, Operator.IN, "FRONT", "OUTER"))).isEqualTo(
                "Where it hurts most is \u201CAround or behind the kneecap\u201D or \u201COn the outer edge of the knee\u201D");
        assertThat(SENTENCES.of(new FieldCondition(Field.RED_FLAGS, Operator.CONTAINS_ANY, "LOCKING", "GIVING_WAY")))
            .isEqualTo("Warning signs: \u201CThe knee gets stuck and you cannot straighten it\u201D"
                    + " or \u201CThe knee gives way under you\u201D");
        assertThat(SENTENCES.of(new FieldCondition(Field.RUNS_ON_CAMBERED_ROADS, Operator.IS_TRUE)))
            .isEqualTo("Runs on one side of cambered roads: yes");
    }

    @Test
    void groupsListTheirPartsAndNestOneLevelInBrackets() {
        var sentence = SENTENCES.of(new AtLeastOf(2,
                List.of(new FieldCondition(Field.NEW_OR_RETURNING, Operator.IS_TRUE),
                        new FieldCondition(Field.REST_DAYS_PER_WEEK, Operator.EQUALS, "0"),
                        new AnyOf(List.of(new FieldCondition(Field.PAIN_SCORE, Operator.AT_LEAST, "6"),
                                new FieldCondition(Field.DAILY_ACTIVITIES_AFFECTED, Operator.IS_TRUE))))));

        assertThat(sentence).isEqualTo("At least 2 of these: New to running or coming back: yes; Rest days a week is 0;"
                + " (Any of these: Pain score at least 6; Hurts in daily life too: yes)");
    }

    @Test
    void everyQuestionAndAnswerHasWordsAndNoCodeShows() {
        for (Field field : Field.values()) {
            FieldCondition condition = switch (field.kind()) {
                case CHOICE -> new FieldCondition(field, Operator.IN, field.allowedValues());
                case CHOICES -> new FieldCondition(field, Operator.CONTAINS_ANY, field.allowedValues());
                case NUMBER -> new FieldCondition(field, Operator.AT_LEAST, "3");
                case FLAG -> new FieldCondition(field, Operator.IS_TRUE);
            };
            String sentence = SENTENCES.of(condition);
            assertThat(sentence).as(field.key())
                .doesNotContain(field.key())
                .doesNotContain(condition.operator().name());
            for (String value : field.allowedValues()) {
                assertThat(sentence).as(field.key()).doesNotContain(value);
            }
        }
    }

    @Test
    void theBuildersPickListsNameEveryQuestionAndComparison() {
        ResourceBundleMessageSource messages = bundle();
        for (Field field : Field.values()) {
            assertThat(messages.getMessage("condition.field." + field.key(), null, Locale.ENGLISH)).isNotBlank();
        }
        for (Operator operator : Operator.values()) {
            assertThat(messages.getMessage("condition.operatorName." + operator, null, Locale.ENGLISH))
                .doesNotContain(operator.name());
        }
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

}

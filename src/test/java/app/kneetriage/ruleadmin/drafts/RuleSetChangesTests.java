package app.kneetriage.ruleadmin.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import app.kneetriage.ruleadmin.editing.ConditionSentences;
import app.kneetriage.rules.CauseRule;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.FieldCondition;
import app.kneetriage.rules.Operator;
import app.kneetriage.rules.PatternItem;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.Urgency;
import app.kneetriage.rules.UrgencyRule;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Differences between two rule sets, in the words the admin pages use. */
class RuleSetChangesTests {

    static final RuleSetChanges CHANGES;

    static {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        CHANGES = new RuleSetChanges(new ContentWords(new ConditionSentences(messages), messages));
    }

    static final Condition FRONT = new FieldCondition(Field.LOCATION, Operator.EQUALS, "FRONT");

    static final Condition PAIN_8 = new FieldCondition(Field.PAIN_SCORE, Operator.AT_LEAST, "8");

    @Test
    void theSameContentHasNoChanges() {
        assertThat(CHANGES.between(rules(15, List.of(front()), urgency()), rules(15, List.of(front()), urgency())))
            .isEmpty();
    }

    @Test
    void anExercisesDoseReadsAsTheFieldAndBothValues() {
        var changes = CHANGES.between(rules(15, List.of(front()), urgency()), rules(12, List.of(front()), urgency()));

        assertThat(changes).containsExactly(
                new RuleSetChanges.Change("Exercise \u201CClamshells\u201D", List.of("reps: 15 \u2192 12")));
    }

    @Test
    void aConditionAddedToACauseIsOneLineWithItsSentence() {
        var changes = CHANGES.between(rules(15, List.of(front()), urgency()),
                rules(15, List.of(front(), new PatternItem(PAIN_8, 2, "It hurts a lot")), urgency()));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.subject()).isEqualTo("Cause \u201CRunner's knee\u201D");
            assertThat(change.details())
                .containsExactly("condition 2 added: Pain score at least 8 (weight 2): It hurts a lot");
        });
    }

    @Test
    void aRuleInsertedInAnOrderedListIsOneAdditionNotAShiftOfEveryRule() {
        List<UrgencyRule> before = urgency();
        List<UrgencyRule> after = List.of(new UrgencyRule(Urgency.SEE_PROFESSIONAL, PAIN_8, "Severe pain"),
                before.get(0), before.get(1));

        var changes = CHANGES.between(rules(15, List.of(front()), before), rules(15, List.of(front()), after));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.subject()).isEqualTo("Urgency rule 1 added");
            assertThat(change.details()).singleElement()
                .isEqualTo("See a professional in the next days when Pain score at least 8: Severe pain");
        });

        var removed = CHANGES.between(rules(15, List.of(front()), after), rules(15, List.of(front()), before));
        assertThat(removed).extracting(RuleSetChanges.Change::subject).containsExactly("Urgency rule 1 removed");
    }

    @Test
    void aChangedRuleShowsWhatItWasAndIsNow() {
        List<UrgencyRule> after = List.of(new UrgencyRule(Urgency.URGENT, PAIN_8, "Severe pain"), urgency().get(1));

        var changes = CHANGES.between(rules(15, List.of(front()), urgency()), rules(15, List.of(front()), after));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.subject()).isEqualTo("Urgency rule 1");
            assertThat(change.details()).containsExactly(
                    "Was: See a professional in the next days when Pain score at least 7: Pain 7 or more",
                    "Now: Urgent: get medical help now when Pain score at least 8: Severe pain");
        });
    }

    private static PatternItem front() {
        return new PatternItem(FRONT, 3, "It hurts at the front");
    }

    private static List<UrgencyRule> urgency() {
        return List.of(new UrgencyRule(Urgency.SEE_PROFESSIONAL,
                new FieldCondition(Field.PAIN_SCORE, Operator.AT_LEAST, "7"), "Pain 7 or more"),
                new UrgencyRule(Urgency.SELF_CARE, Condition.ALWAYS, "Nothing urgent"));
    }

    private static RuleSet rules(int reps, List<PatternItem> pattern, List<UrgencyRule> urgency) {
        Exercise clamshells = new Exercise("CLAMSHELL", "Clamshells", "Hip strength", "Lie on your side.", 3, reps,
                null, true, null, 3, null, null);
        CauseRule pfps = new CauseRule("PFPS", "Runner's knee", "Pain at the front.", pattern, null,
                List.of("CLAMSHELL"));
        return new RuleSet(1, 2, urgency, List.of(pfps), List.of(clamshells), List.of(),
                List.of(new ReturnStep(1, "Walk 30 minutes")));
    }

}

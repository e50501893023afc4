package app.kneetriage.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule content the engine could not use is refused when it is built, with a reason an
 * admin can act on: the engine never meets a half-valid rule set.
 */
class RuleDefinitionTests {

    private static final Condition FRONT = new FieldCondition(Field.LOCATION, Operator.EQUALS, "FRONT");

    private static final PatternItem ITEM = new PatternItem(FRONT, 2, "It hurts at the front");

    private static final Exercise CLAMSHELLS = new Exercise("CLAMSHELLS", "Clamshells", "Hip strength",
            "Lie on your side and open the knees.", 3, 15, null, true, null, 3, null, null);

    private static final CauseRule PFPS = new CauseRule("PFPS", "Runner's knee", "Pain around the kneecap.",
            List.of(ITEM), null, List.of("CLAMSHELLS"));

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                refused("a lower-case code", () -> new CauseRule("pfps", "n", "e", List.of(ITEM), null, List.of()),
                        "capital letters"),
                refused("a blank name", () -> new CauseRule("PFPS", " ", "e", List.of(ITEM), null, List.of()),
                        "must not be blank"),
                refused("a name longer than the limit",
                        () -> new CauseRule("PFPS", "n".repeat(TextLimits.NAME + 1), "e", List.of(ITEM), null,
                                List.of()),
                        "longer than " + TextLimits.NAME),
                refused("a cause without pattern", () -> new CauseRule("PFPS", "n", "e", List.of(), null, List.of()),
                        "at least one pattern item"),
                refused("an exercise twice in a plan",
                        () -> new CauseRule("PFPS", "n", "e", List.of(ITEM), null, List.of("A1", "A1")),
                        "lists an exercise twice"),
                refused("a weight above the maximum", () -> new PatternItem(FRONT, PatternItem.MAX_WEIGHT + 1, "r"),
                        "weight"),
                refused("a pattern item without condition", () -> new PatternItem(null, 1, "r"), "needs a condition"),
                refused("zero reps",
                        () -> new Exercise("A1", "n", "aim", "how", 3, 0, null, false, null, 3, null, null), "reps"),
                refused("an over-long caution",
                        () -> new Exercise("A1", "n", "aim", "how", 3, 10, null, false,
                                "c".repeat(TextLimits.CAUTION + 1), 3, null, null),
                        "longer than"),
                refused("fifteen times a week",
                        () -> new Exercise("A1", "n", "aim", "how", 3, 10, null, false, null, 15, null, null),
                        "times a week"),
                refused("a picture not named by its hash", () -> new ExercisePicture("clamshell.svg", "Two drawings"),
                        "SHA-256"),
                refused("a picture without a description", () -> new ExercisePicture("a".repeat(64), " "),
                        "must not be blank"),
                refused("week 0 of the return to running", () -> new ReturnStep(0, "Walk"), "week"),
                refused("an urgency rule without level", () -> new UrgencyRule(null, FRONT, "r"), "level"),
                refused("advice without section", () -> new AdviceRule(null, null, null, "Ice it"), "section"),
                refused("a group holding a missing condition", () -> new AllOf(Arrays.asList(FRONT, null)),
                        "missing condition"),
                refused("a plan drawing on no cause", () -> ruleSet(0, List.of(PFPS), List.of(CLAMSHELLS), List.of()),
                        "1 to 10 causes"),
                refused("two causes with one code",
                        () -> ruleSet(2, List.of(PFPS, PFPS), List.of(CLAMSHELLS), List.of()), "duplicate cause code"),
                refused("a plan naming an unknown exercise", () -> ruleSet(2, List.of(PFPS), List.of(), List.of()),
                        "unknown exercise CLAMSHELLS"),
                refused("advice for an unknown cause",
                        () -> new RuleSet(1, 2, List.of(), List.of(PFPS), List.of(CLAMSHELLS),
                                List.of(new AdviceRule(AdviceSection.MANAGEMENT, "ITBS", null, "Foam roll")),
                                List.of()),
                        "unknown cause ITBS"),
                refused("return-to-run weeks out of order", () -> ruleSet(2, List.of(PFPS), List.of(CLAMSHELLS),
                        List.of(new ReturnStep(2, "Run"), new ReturnStep(1, "Walk"))), "must increase"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void isRefusedWithItsReason(String what, Supplier<Object> definition, String reason) {
        assertThatThrownBy(definition::get).isInstanceOf(InvalidRuleException.class).hasMessageContaining(reason);
    }

    private static Arguments refused(String what, Supplier<Object> definition, String reason) {
        return Arguments.of(what, definition, reason);
    }

    private static RuleSet ruleSet(int planCauseCount, List<CauseRule> causes, List<Exercise> exercises,
            List<ReturnStep> steps) {
        return new RuleSet(1, planCauseCount, List.of(), causes, exercises, List.of(), steps);
    }

}

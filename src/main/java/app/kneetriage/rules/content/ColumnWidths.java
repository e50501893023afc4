package app.kneetriage.rules.content;

import app.kneetriage.rules.Condition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.TextLimits;

/**
 * The widths of the rule-content columns, checked before an imported rule set is saved.
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * What the columns can hold, checked on the texts as stored (the engine checks them
     * stripped), so that a long text is refused here rather than by the database.
     */
    static void check(RuleVersion draft) {
        for (ExerciseEntry e : draft.getExercises()) {
            fits(e.getName(), TextLimits.NAME, "exercise name");
            fits(e.getAim(), TextLimits.AIM, "exercise aim");
            fits(e.getHowTo(), TextLimits.HOW_TO, "how to do " + e.getCode());
            fits(e.getProgression(), TextLimits.PROGRESSION, "progression of " + e.getCode());
            fits(e.getCaution(), TextLimits.CAUTION, "caution of " + e.getCode());
        }
        for (CauseEntry c : draft.getCauses()) {
            fits(c.getName(), TextLimits.NAME, "cause name");
            fits(c.getExplanation(), TextLimits.EXPLANATION, "explanation of " + c.getCode());
            fits(stored(c.getListWhenWeak()), TextLimits.CONDITION, "list-when-weak condition of " + c.getCode());
            fits(stored(c.getRankFirstWhen()), TextLimits.CONDITION, "rank-first condition of " + c.getCode());
            fits(stored(c.getListOnlyWhen()), TextLimits.CONDITION, "list-only-when condition of " + c.getCode());
            c.getPatternItems().forEach(p -> {
                fits(p.getReason(), TextLimits.REASON, "reason in " + c.getCode());
                fits(stored(p.getCondition()), TextLimits.CONDITION, "condition in " + c.getCode());
            });
        }
        draft.getUrgencyRules().forEach(u -> {
            fits(u.getReason(), TextLimits.REASON, "urgency reason");
            fits(stored(u.getCondition()), TextLimits.CONDITION, "urgency condition");
        });
        draft.getAdvice().forEach(a -> {
            fits(a.getText(), TextLimits.ADVICE, "advice text");
            fits(stored(a.getCondition()), TextLimits.CONDITION, "advice condition");
        });
        draft.getRunningRules().forEach(r -> {
            fits(r.getText(), TextLimits.RUNNING, "running rule text");
            fits(stored(r.getCondition()), TextLimits.CONDITION, "running rule condition");
        });
        draft.getSectionRules()
            .forEach(r -> fits(stored(r.getCondition()), TextLimits.CONDITION, "section rule condition"));
        draft.getRunningRules().forEach(r -> {
            fits(r.getText(), TextLimits.RUNNING, "running rule text");
            fits(stored(r.getCondition()), TextLimits.CONDITION, "running rule condition");
        });
        draft.getSectionRules()
            .forEach(r -> fits(stored(r.getCondition()), TextLimits.CONDITION, "section rule condition"));
        draft.getExerciseLimits()
            .forEach(l -> fits(stored(l.getCondition()), TextLimits.CONDITION, "exercise limit condition"));
        draft.getReturnSteps()
            .forEach(s -> fits(s.getDescription(), TextLimits.RETURN_STEP, "return-to-run week " + s.getWeekNumber()));
    }

    private static void fits(String text, int max, String what) {
        if (text != null && text.length() > max) {
            throw new InvalidRuleException(what + " is longer than " + max + " characters");
        }
    }

    /** A condition as it is stored, to check its length; null for none. */
    private static String stored(Condition condition) {
        return condition == null ? null : ConditionJson.format(condition);
    }

}

package app.kneetriage.questionnaire;

/** How the runner counts the time since the pain started. */
public enum DurationUnit {

    DAYS(1), WEEKS(7);

    private final int days;

    DurationUnit(int days) {
        this.days = days;
    }

    int toDays(int amount) {
        return Math.multiplyExact(amount, days);
    }

}

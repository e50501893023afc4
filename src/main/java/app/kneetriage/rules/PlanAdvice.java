package app.kneetriage.rules;

/** A piece of advice as it appears in a plan. */
public record PlanAdvice(AdviceSection section, String text) {
}

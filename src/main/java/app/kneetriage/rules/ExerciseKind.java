package app.kneetriage.rules;

/**
 * What sort of exercise it is; plan rules may leave a kind out (no stretching a fresh
 * strain).
 */
public enum ExerciseKind {

    ISOMETRIC, STRENGTH, STRETCH, MOBILITY, BALANCE

}

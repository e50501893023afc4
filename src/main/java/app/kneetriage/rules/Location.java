package app.kneetriage.rules;

/** Where the knee hurts most. */
public enum Location {

    FRONT, OUTER, INNER, BACK, DEEP

}

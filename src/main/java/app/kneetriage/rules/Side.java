package app.kneetriage.rules;

/** Which knee hurts. */
public enum Side {

    LEFT, RIGHT, BOTH

}

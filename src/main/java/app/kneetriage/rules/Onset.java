package app.kneetriage.rules;

/** How the pain started. */
public enum Onset {

    GRADUAL, SUDDEN

}

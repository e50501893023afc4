package app.kneetriage.rules;

/** What the pain feels like (the contract's {@code character}). */
public enum PainCharacter {

    DULL_ACHE, SHARP, BURNING, TIGHTNESS, DEEP_ACHE

}

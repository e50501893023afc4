package app.kneetriage.rules;

/** How soon the runner should get help, most urgent first. */
public enum Urgency {

    URGENT, SEE_PROFESSIONAL, SELF_CARE

}

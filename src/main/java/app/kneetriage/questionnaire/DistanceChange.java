package app.kneetriage.questionnaire;

/**
 * Whether a runner's weekly distance went up or down lately: asked as a word and an
 * amount, since a phone's number pad has no minus key.
 */
public enum DistanceChange {

    MORE, SAME, LESS

}

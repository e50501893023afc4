package app.kneetriage.questionnaire;

/**
 * The knee questions of contract version 3, asked on the form as one list to tick: each
 * is a yes when ticked and a no when the list was answered without it.
 */
public enum KneeSign {

    BONE_SPOT, HOP_PAIN, LIMP, SWELLING_AFTER_RUNS, CATCHING, KNEE_SURGERY

}

package app.kneetriage.rules.content;

/**
 * A change to the draft that was kept: who made it, what it did to which part, and that
 * part's value before and after (text or JSON, null when it was created or deleted).
 * Published inside the change's transaction, so whoever records it does so in the same
 * commit.
 *
 * @param action what was done, e.g. {@code UPDATE}
 * @param subjectType what kind of part changed, e.g. {@code EXERCISE}
 * @param subject which one, in words an admin recognises, e.g. {@code Clamshells (draft)}
 */
public record DraftChanged(String actor, String action, String subjectType, String subject, String before,
        String after) {
}

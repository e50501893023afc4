package app.kneetriage.rules.content;

/**
 * One change to the draft, run by {@link DraftEditor} while it holds the draft's lock. It
 * changes the draft only through the {@link EditableDraft} it is given and notes there
 * what it did, for the audit log.
 *
 * @param <R> what the caller gets back, e.g. the id of a new cause
 */
@FunctionalInterface
public interface DraftCommand<R> {

    R apply(EditableDraft draft);

}

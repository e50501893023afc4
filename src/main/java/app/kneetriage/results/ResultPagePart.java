package app.kneetriage.results;

import java.util.Optional;

/**
 * A part another module adds to a result's pages, which show it without knowing that
 * module: the coach's page of a shared result and the runner's manage page each include,
 * below the result's top, the fragment every part names.
 */
public interface ResultPagePart {

    /** What the part shows a coach or physio on the shared page, if anything. */
    Optional<Shown> forCoach(SharedLookup shared);

    /** What it shows the runner on the manage page, if anything. */
    Optional<Shown> forRunner(ManagedResult managed, String manageKey);

    /**
     * A fragment to include; it reads what it shows from the variable {@code part}, this
     * record.
     *
     * @param template the template holding the fragment, as {@code module/name}
     * @param fragment the fragment's name
     * @param content what the fragment shows
     * @param tellsTheWeek whether it says which week of the return to running the runner
     * is in, so the page's own estimate from the result's date gives way to it
     */
    record Shown(String template, String fragment, Object content, boolean tellsTheWeek) {
    }

}

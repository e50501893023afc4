package app.kneetriage.boards;

import app.kneetriage.programmes.ProgrammeData.LoggedSession;
import app.kneetriage.programmes.ProgrammeView;
import app.kneetriage.programmes.PsfsProgress;
import app.kneetriage.rules.ProgrammeState;

/**
 * What a runner's return to running adds to their row, as their share link shows it.
 *
 * @param week the week of the return-to-run table the runner is in
 * @param decision the latest decision
 * @param lastRun the latest run by date; {@code null} before the first
 * @param psfs the activity scores; {@code null} when none were named
 */
public record TrackerColumns(int week, ProgrammeState.Status decision, LoggedSession lastRun, PsfsProgress psfs) {

    static TrackerColumns of(ProgrammeView programme) {
        var entries = programme.entries();
        return new TrackerColumns(programme.state().week(), programme.state().status(),
                entries.isEmpty() ? null : entries.get(entries.size() - 1).session(), programme.psfs());
    }

}

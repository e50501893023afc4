package app.kneetriage.programmes;

import java.util.Optional;

import app.kneetriage.results.ManagedResult;
import app.kneetriage.results.ResultPagePart;
import app.kneetriage.results.SharedLookup;
import app.kneetriage.results.SharingStatus;
import app.kneetriage.rules.Running;
import app.kneetriage.rules.RunningAdvice;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The return to running on a result's pages: for the coach, where the runner stands with
 * the chart and every run; for the runner, a card that opens the tracker or offers to
 * start it.
 */
// First among the parts: the runner comes back to the tracker every week.
@Component
@Order(1)
class ProgrammePageParts implements ResultPagePart {

    private static final String TEMPLATE = "programmes/programme-parts";

    private final Programmes programmes;

    ProgrammePageParts(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    public Optional<Shown> forCoach(SharedLookup shared) {
        return programmes.forCoach(shared)
            .map(view -> new Shown(TEMPLATE, "coach",
                    new ForCoach(view, ProgressChart.of(view), shared.result().token()), true));
    }

    /** A result whose link moved on has no tracker of its own: the new result has it. */
    @Override
    public Optional<Shown> forRunner(ManagedResult managed, String manageKey) {
        Running running = managed.result().outcome().plan().running();
        if (running == null || managed.status() == SharingStatus.MOVED) {
            return Optional.empty();
        }
        ProgrammeView view = programmes.forRunner(managed, manageKey).orElse(null);
        return Optional.of(new Shown(TEMPLATE, "runner", new ForRunner(view, running.advice(), manageKey), false));
    }

    /**
     * @param chart {@code null} until a run is logged
     */
    record ForCoach(ProgrammeView programme, ProgressChart chart, String token) {
    }

    /**
     * @param programme {@code null} until started
     */
    record ForRunner(ProgrammeView programme, RunningAdvice advice, String manageKey) {
    }

}

package app.kneetriage.programmes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import app.kneetriage.rules.PainMonitoringRule;
import app.kneetriage.rules.ProgrammeState;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.ReturnStep;

/**
 * A return to running with where the runner stands now.
 *
 * @param entries the sessions by date, each with the week of the table it was run in
 * @param table the result's return-to-run table; its last row covers the weeks after it
 * @param rule the pain-monitoring rule the sessions were judged by
 */
public record ProgrammeView(ProgrammeData data, ProgrammeState state, List<Entry> entries, List<ReturnStep> table,
        PainMonitoringRule rule) {

    public ProgrammeView {
        entries = List.copyOf(entries);
        table = List.copyOf(table);
    }

    /** One logged session and the week of the table it belonged to. */
    public record Entry(ProgrammeData.LoggedSession session, int week) {
    }

    /** The activities and their ratings over time; {@code null} if none were named. */
    public PsfsProgress psfs() {
        return PsfsProgress.of(data).orElse(null);
    }

    /** Whether the page asks for this week's function rating today. */
    public boolean psfsDue(LocalDate today) {
        PsfsProgress psfs = psfs();
        return psfs != null && !stopped() && psfs.due(today, state.week());
    }

    public boolean stopped() {
        return state.status() == ProgrammeState.Status.STOPPED;
    }

    /**
     * The new warning signs of the run that stopped the programme; empty if it runs on.
     */
    public Set<RedFlag> stoppingSigns() {
        return entries.stream()
            .map(e -> e.session().newRedFlags())
            .filter(signs -> !signs.isEmpty())
            .findFirst()
            .orElse(Set.of());
    }

    /** What the table says for the week the runner is in now. */
    public ReturnStep currentStep() {
        return step(state.week());
    }

    public ReturnStep step(int week) {
        return table.get(Math.min(week, table.size()) - 1);
    }

    /**
     * Sessions whose next-morning pain is still to come and still counts, newest first:
     * those of the week under way, and the latest run. It is asked from the day after the
     * run on (contract v3), so a run dated {@code today} waits.
     */
    public List<ProgrammeData.LoggedSession> awaitingMorning(LocalDate today) {
        int from = entries.isEmpty() ? 0 : Math.min(entries.size() - 1, entries.size() - state.sessionsThisWeek());
        return entries.subList(from, entries.size())
            .stream()
            .map(Entry::session)
            .filter(s -> s.painNextMorning() == null && s.date().isBefore(today))
            .sorted(Comparator.comparing(ProgrammeData.LoggedSession::date).reversed())
            .toList();
    }

}

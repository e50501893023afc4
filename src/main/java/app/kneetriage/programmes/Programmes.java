package app.kneetriage.programmes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.kneetriage.results.ManagedResult;
import app.kneetriage.results.ResultAttachments;
import app.kneetriage.results.ShareLinkMoved;
import app.kneetriage.results.SharedLookup;
import app.kneetriage.results.StoredResult;
import app.kneetriage.rules.PainMonitoringRule;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.ReturnToRunProgress;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A runner's return to running: started from a result whose answer is to pause or reduce,
 * logged session by session with the manage key, read by a coach with the share token.
 * Sessions are sealed like the answers; where the runner stands is replayed from them
 * every time, with the pain-monitoring rule and start week of the rules version the
 * programme started under, so neither a later publish nor a re-run under newer rules
 * rewrites a runner's past decisions.
 */
@Service
public class Programmes {

    /** Sealed in with the result's token: programme data opens as nothing else. */
    private static final String KIND = "programme";

    /** How many days back a session may still be logged. */
    static final int LATEST_LOGGING_DAYS = 60;

    private final ReturnProgrammeRepository programmes;

    private final ResultAttachments attachments;

    private final ProgrammeRules rules;

    private final Clock clock;

    Programmes(ReturnProgrammeRepository programmes, ResultAttachments attachments, ProgrammeRules rules, Clock clock) {
        this.programmes = programmes;
        this.attachments = attachments;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * @param activities the activities the knee makes hard, each with today's rating; may
     * be empty
     * @throws ProgrammeRefusedException when running is off or a programme exists
     */
    @Transactional
    public ProgrammeView start(ManagedResult managed, String manageKey, int baselinePain, List<DayOfWeek> days,
            List<PsfsProgress.Activity> activities) {
        if (!ProgrammeRules.allowsRunning(managed.result().outcome())) {
            throw new ProgrammeRefusedException(ProgrammeRefusal.RESULT_SAYS_STOP);
        }
        rules.baselineProblem(managed.result(), baselinePain).ifPresent(problem -> {
            throw new ProgrammeRefusedException(problem);
        });
        attachments.lock(managed);
        if (programmes.findByResultId(managed.id()).isPresent()) {
            throw new ProgrammeRefusedException(ProgrammeRefusal.ALREADY_STARTED);
        }
        List<ProgrammeData.FunctionRating> ratings = activities.isEmpty() ? List.of()
                : List.of(new ProgrammeData.FunctionRating(LocalDate.now(clock), rules.startWeek(managed.result()),
                        activities.stream().map(PsfsProgress.Activity::score).toList(), null));
        ProgrammeData data = new ProgrammeData(clock.instant(), baselinePain, days, List.of(),
                activities.stream().map(PsfsProgress.Activity::name).toList(), ratings);
        ReturnProgramme programme = new ReturnProgramme(managed.id(), managed.result().outcome().rulesVersion(),
                rules.startWeek(managed.result()));
        save(programme, data, managed, manageKey);
        return view(programme, managed.result(), data);
    }

    /**
     * Why a session's date cannot be logged, as a message key: more than a day ahead, or
     * before the programme started (a day of slack either way for runners away from UTC),
     * or older than the sessions anyone would add late.
     */
    public Optional<String> dateProblem(LocalDate date, ProgrammeView programme) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today.plusDays(1))) {
            return Optional.of("programme.date.future");
        }
        if (date.isBefore(LocalDate.ofInstant(programme.data().startedAt(), clock.getZone()).minusDays(1))) {
            return Optional.of("programme.date.beforeStart");
        }
        if (date.isBefore(today.minusDays(LATEST_LOGGING_DAYS))) {
            return Optional.of("programme.date.tooOld");
        }
        return Optional.empty();
    }

    /** Whether a resting pain rules out starting (see {@link ProgrammeRules}). */
    public Optional<ProgrammeRefusal> baselineProblem(StoredResult result, int baselinePain) {
        return rules.baselineProblem(result, baselinePain);
    }

    /** Adds a session; {@code session}'s id is given here. */
    @Transactional
    public ProgrammeView log(ManagedResult managed, String manageKey, ProgrammeData.LoggedSession session) {
        ReturnProgramme programme = locked(managed);
        ProgrammeData data = open(programme, managed, manageKey);
        if (view(programme, managed.result(), data).stopped()) {
            throw new ProgrammeRefusedException(ProgrammeRefusal.STOPPED);
        }
        if (session.painNextMorning() != null) {
            rules.requireMorningCame(session.date());
        }
        List<ProgrammeData.LoggedSession> sessions = new ArrayList<>(data.sessions());
        sessions.add(new ProgrammeData.LoggedSession(UUID.randomUUID().toString(), session.date(),
                session.walkMinutes(), session.runMinutes(), session.painDuring(), session.painNextMorning(),
                session.notes(), session.newRedFlags(), session.painAfter()));
        ProgrammeData updated = data.withSessions(sessions);
        save(programme, updated, managed, manageKey);
        return view(programme, managed.result(), updated);
    }

    /**
     * The weekly function rating: today's score for each activity, in their order, and
     * how the knee compares with the start.
     */
    @Transactional
    public ProgrammeView rate(ManagedResult managed, String manageKey, List<Integer> scores, GlobalChange change) {
        ReturnProgramme programme = locked(managed);
        ProgrammeData data = open(programme, managed, manageKey);
        ProgrammeView now = view(programme, managed.result(), data);
        if (now.stopped()) {
            throw new ProgrammeRefusedException(ProgrammeRefusal.STOPPED);
        }
        if (scores.size() != data.activities().size()) {
            throw new ProgrammeRefusedException(data.activities().isEmpty() ? ProgrammeRefusal.NO_ACTIVITIES
                    : ProgrammeRefusal.SCORES_DO_NOT_MATCH);
        }
        ProgrammeData updated = data
            .withRating(new ProgrammeData.FunctionRating(LocalDate.now(clock), now.state().week(), scores, change));
        save(programme, updated, managed, manageKey);
        return view(programme, managed.result(), updated);
    }

    /** The next-morning pain, added to a session logged before. */
    @Transactional
    public ProgrammeView addMorningPain(ManagedResult managed, String manageKey, String sessionId,
            int painNextMorning) {
        ReturnProgramme programme = locked(managed);
        ProgrammeData data = open(programme, managed, manageKey);
        ProgrammeData.LoggedSession run = data.sessions()
            .stream()
            .filter(s -> s.id().equals(sessionId))
            .findFirst()
            .orElseThrow(() -> new ProgrammeRefusedException(ProgrammeRefusal.NO_SUCH_SESSION));
        rules.requireMorningCame(run.date());
        List<ProgrammeData.LoggedSession> sessions = data.sessions()
            .stream()
            .map(s -> s.id().equals(sessionId) ? s.withMorning(painNextMorning) : s)
            .toList();
        ProgrammeData updated = data.withSessions(sessions);
        save(programme, updated, managed, manageKey);
        return view(programme, managed.result(), updated);
    }

    /**
     * Moves a programme with its share link to the re-run's result, sealed for the new
     * token and manage key, unless the new result says not to run. Heard inside the
     * re-run's transaction.
     */
    @EventListener
    void followLink(ShareLinkMoved moved) {
        programmes.findByResultId(moved.from().id()).ifPresent(programme -> {
            byte[] json = attachments.openWithManageKey(KIND, programme.sealed(), moved.from().result().token(),
                    moved.fromManageKey());
            programmes.delete(programme);
            programmes.flush();
            if (ProgrammeRules.allowsRunning(moved.to().outcome())) {
                StoredResult started = moved.from().result(); // whose rules it keeps
                ReturnProgramme carried = new ReturnProgramme(moved.toResultId(), rules.versionOf(programme, started),
                        rules.startWeek(programme, started));
                carried.reseal(attachments.seal(KIND, json, moved.to().token(), moved.toManageKey()), clock.instant());
                programmes.save(carried);
            }
        });
    }

    /** The runner's own programme, if started. */
    @Transactional(readOnly = true)
    public Optional<ProgrammeView> forRunner(ManagedResult managed, String manageKey) {
        return programmes.findByResultId(managed.id()).map(p -> view(p, managed.result(), open(p, managed, manageKey)));
    }

    /**
     * What a coach with the share link sees, if the runner started one.
     * @param shared a share link's lookup that found the result still shared
     */
    @Transactional(readOnly = true)
    public Optional<ProgrammeView> forCoach(SharedLookup shared) {
        String token = shared.result().token();
        return programmes.findByResultId(shared.resultId())
            .map(p -> view(p, shared.result(),
                    ProgrammeJson.read(attachments.openWithShareToken(KIND, p.sealed(), token))));
    }

    private ReturnProgramme locked(ManagedResult managed) {
        attachments.lock(managed);
        return programmes.findByResultId(managed.id())
            .orElseThrow(() -> new ProgrammeRefusedException(ProgrammeRefusal.NOT_STARTED));
    }

    private ProgrammeData open(ReturnProgramme programme, ManagedResult managed, String manageKey) {
        return ProgrammeJson
            .read(attachments.openWithManageKey(KIND, programme.sealed(), managed.result().token(), manageKey));
    }

    private void save(ReturnProgramme programme, ProgrammeData data, ManagedResult managed, String manageKey) {
        String token = managed.result().token();
        programme.reseal(attachments.seal(KIND, ProgrammeJson.write(data), token, manageKey), clock.instant());
        programmes.save(programme);
    }

    private ProgrammeView view(ReturnProgramme programme, StoredResult result, ProgrammeData data) {
        // In the same stable date order as the sessions below, so the two line up.
        List<ProgrammeData.LoggedSession> byDate = data.sessions()
            .stream()
            .sorted(Comparator.comparing(ProgrammeData.LoggedSession::date))
            .toList();
        List<ReturnStep> table = result.outcome().plan().returnToRun();
        PainMonitoringRule rule = rules.of(programme, result);
        ReturnToRunProgress.Replay replay = ReturnToRunProgress.replay(rule, data.baselinePain(), table,
                byDate.stream().map(ProgrammeData.LoggedSession::toRunSession).toList(),
                rules.startWeek(programme, result), LocalDate.now(clock));
        List<ProgrammeView.Entry> entries = new ArrayList<>();
        for (int i = 0; i < byDate.size(); i++) {
            // Runs dated after a stop (logged before it) keep the stop's week.
            int week = i < replay.steps().size() ? replay.steps().get(i).week() : replay.state().week();
            entries.add(new ProgrammeView.Entry(byDate.get(i), week));
        }
        return new ProgrammeView(data, replay.state(), entries, table, rule);
    }

}

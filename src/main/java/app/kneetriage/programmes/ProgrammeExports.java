package app.kneetriage.programmes;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import app.kneetriage.programmes.PlannedRuns.PlannedRun;
import app.kneetriage.results.Tokens;
import app.kneetriage.system.Downloads;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A return to running as files: the planned runs of this week and the next as an
 * iCalendar (RFC 5545) to import into any calendar, and every logged session as CSV.
 */
@Component
public class ProgrammeExports {

    private static final String PRODUCT_ID = "-//Knee Triage//Return to running//EN";

    public static final String CALENDAR_TYPE = "text/calendar";

    public static final String CSV_TYPE = Downloads.CSV_TYPE;

    public static final String CALENDAR_FILE = "return-to-running.ics";

    public static final String CSV_FILE = "return-to-running.csv";

    private static final String CSV_HEADER = "date,week,walk_minutes,run_minutes,pain_during,pain_after,"
            + "pain_next_morning,new_warning_signs,notes\r\n";

    private static final String PSFS_HEADER = "date,week,activity,score,global_change\r\n";

    private final MessageSource messages;

    private final Clock clock;

    ProgrammeExports(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The planned runs from today to the end of next week; each run's UID stays the same
     * across downloads, so importing again updates rather than doubles them.
     * @throws ProgrammeRefusedException when the programme has stopped: nothing to plan
     */
    public String calendar(ProgrammeView view, String token) {
        List<PlannedRun> runs = PlannedRuns.from(view, LocalDate.now(clock));
        if (runs.isEmpty()) {
            throw new ProgrammeRefusedException(
                    view.stopped() ? ProgrammeRefusal.STOPPED : ProgrammeRefusal.NO_PLANNED_DAYS);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        String series = uidSeries(token);
        for (PlannedRun run : runs) {
            VEvent event = new VEvent(run.date(), text("programme.calendar.summary", run.week()));
            event.replace(new DtStamp(clock.instant()));
            event.add(new Uid("run-" + run.date() + "-" + series + "@knee-triage"));
            event.add(new Description(text("programme.calendar.description", view.step(run.week()).description(),
                    view.state().week() == run.week() ? "" : text("programme.calendar.ifRuleHolds"),
                    view.rule().maxPainDuring())));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        }
        catch (IOException | ValidationException e) {
            throw new IllegalStateException("the return-to-run calendar did not validate", e);
        }
        return out.toString();
    }

    /**
     * Every logged session by date, one row each, then, after an empty line, every
     * function rating, one row per activity; notes and activity names are guarded against
     * spreadsheet formulas.
     */
    public String csv(ProgrammeView view) {
        // The byte order mark tells spreadsheets the file is UTF-8, so accents in notes
        // survive.
        StringBuilder csv = new StringBuilder("\uFEFF").append(CSV_HEADER);
        for (ProgrammeView.Entry entry : view.entries()) {
            ProgrammeData.LoggedSession s = entry.session();
            csv.append(s.date())
                .append(',')
                .append(entry.week())
                .append(',')
                .append(s.walkMinutes())
                .append(',')
                .append(s.runMinutes())
                .append(',')
                .append(s.painDuring())
                .append(',')
                .append(s.painAfter() == null ? "" : s.painAfter())
                .append(',')
                .append(s.painNextMorning() == null ? "" : s.painNextMorning())
                .append(',')
                .append(s.newRedFlags().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")))
                .append(',')
                .append(Downloads.csvCell(s.notes()))
                .append("\r\n");
        }
        PsfsProgress psfs = view.psfs();
        if (psfs != null) {
            csv.append("\r\n").append(PSFS_HEADER);
            for (ProgrammeData.FunctionRating rating : psfs.ratings()) {
                for (int i = 0; i < psfs.activities().size(); i++) {
                    csv.append(rating.date())
                        .append(',')
                        .append(rating.week())
                        .append(',')
                        .append(Downloads.csvCell(psfs.activities().get(i)))
                        .append(',')
                        .append(rating.scores().get(i))
                        .append(',')
                        .append(rating.globalChange() == null ? "" : rating.globalChange())
                        .append("\r\n");
                }
            }
        }
        return csv.toString();
    }

    /** Stable per result without showing the token itself. */
    private static String uidSeries(String token) {
        return Tokens.hash("calendar " + token).substring(0, 24);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, Locale.ENGLISH);
    }

}

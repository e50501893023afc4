package app.kneetriage.boards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import app.kneetriage.programmes.ProgrammeData.LoggedSession;
import app.kneetriage.programmes.PsfsProgress;
import app.kneetriage.system.Downloads;

/**
 * A board as a CSV file for a coach's spreadsheet: the board's name, then one row per
 * runner in the board's order, with what the board shows. Names, nicknames and causes are
 * guarded against spreadsheet formulas; levels and flags are the contract's codes.
 */
final class BoardExport {

    static final String FILE = "knee-triage-board.csv";

    static final String HEADER = "runner,last_check,urgency,can_run,top_cause,fit,week,decision,last_run,"
            + "run_minutes,pain_during,pain_after,pain_next_morning,psfs_start,psfs_now,flags,link_ends\r\n";

    private BoardExport() {
    }

    /**
     * @param runnerWithoutName what a row without a nickname is called
     */
    static String csv(String boardName, List<BoardRow> rows, String runnerWithoutName) {
        // The byte order mark tells spreadsheets the file is UTF-8.
        StringBuilder csv = new StringBuilder("\uFEFF").append("board,")
            .append(Downloads.csvCell(boardName))
            .append("\r\n\r\n")
            .append(HEADER);
        for (BoardRow row : rows) {
            TrackerColumns tracker = row.tracker();
            LoggedSession run = tracker == null ? null : tracker.lastRun();
            PsfsProgress psfs = tracker == null ? null : tracker.psfs();
            List<Object> cells = List.of(Downloads.csvCell(row.nickname() != null ? row.nickname() : runnerWithoutName),
                    day(row.checkedAt()), row.urgency(), text(row.running()),
                    row.topCause() == null ? "" : Downloads.csvCell(row.topCause().name()),
                    row.topCause() == null ? "" : text(row.topCause().fit()), tracker == null ? "" : tracker.week(),
                    tracker == null ? "" : tracker.decision(), run == null ? "" : run.date(),
                    run == null ? "" : run.runMinutes(), run == null ? "" : run.painDuring(),
                    run == null ? "" : text(run.painAfter()), run == null ? "" : text(run.painNextMorning()),
                    psfs == null ? "" : average(psfs.startAverage()), psfs == null ? "" : average(psfs.nowAverage()),
                    BoardFlag.inOrder(row.flags()).stream().map(Enum::name).collect(Collectors.joining(" ")),
                    row.linkEndsAt() == null ? "" : day(row.linkEndsAt()));
            csv.append(cells.stream().map(String::valueOf).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String average(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

}

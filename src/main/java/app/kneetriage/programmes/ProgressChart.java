package app.kneetriage.programmes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the progress picture, worked out here so the page draws it as plain SVG
 * with no script: pain during each run and the next morning over the days, with the safe
 * (0 to 2) and acceptable (3 to 5) bands shaded, and below it the week of the table as a
 * step line. Units are the SVG's viewBox units.
 */
public record ProgressChart(List<Mark> during, List<Mark> morning, String duringLine, String morningLine,
        String weekLine, List<Tick> painTicks, List<Tick> weekTicks, List<DayTick> dayTicks, Band safe,
        Band acceptable) {

    public static final int WIDTH = 360;

    public static final int HEIGHT = 300;

    static final double LEFT = 34;

    static final double RIGHT = WIDTH - 10;

    static final double PAIN_TOP = 12;

    static final double PAIN_BOTTOM = 162;

    static final double WEEK_TOP = 196;

    static final double WEEK_BOTTOM = 276;

    /** The least span of days drawn, so a first run does not fill the width alone. */
    static final int MIN_DAYS = 7;

    public record Mark(double x, double y, int pain, LocalDate date) {

        public Mark {
            x = round(x);
            y = round(y);
        }

    }

    public record Tick(double y, int value) {

        public Tick {
            y = round(y);
        }

    }

    public record DayTick(double x, LocalDate date) {

        public DayTick {
            x = round(x);
        }

    }

    public record Band(double y, double height) {

        public Band {
            y = round(y);
            height = round(height);
        }

    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public double left() {
        return LEFT;
    }

    public double right() {
        return RIGHT;
    }

    public double plotWidth() {
        return RIGHT - LEFT;
    }

    public double painTop() {
        return PAIN_TOP;
    }

    public double weekTop() {
        return WEEK_TOP;
    }

    public double dayLabelY() {
        return HEIGHT - 4;
    }

    /** Null until a session is logged: nothing to draw. */
    static ProgressChart of(ProgrammeView view) {
        List<ProgrammeView.Entry> entries = view.entries();
        if (entries.isEmpty()) {
            return null;
        }
        LocalDate first = entries.get(0).session().date();
        LocalDate last = entries.get(entries.size() - 1).session().date().plusDays(1);
        long span = Math.max(MIN_DAYS, ChronoUnit.DAYS.between(first, last));
        int weeks = Math.max(view.table().size(),
                Math.max(view.state().week(), entries.stream().mapToInt(ProgrammeView.Entry::week).max().orElse(1)));
        Scale scale = new Scale(first, span, weeks);

        List<Mark> during = new ArrayList<>();
        List<Mark> morning = new ArrayList<>();
        StringBuilder weekLine = new StringBuilder();
        for (ProgrammeView.Entry entry : entries) {
            ProgrammeData.LoggedSession session = entry.session();
            during.add(scale.mark(session.date(), session.painDuring()));
            if (session.painNextMorning() != null) {
                morning.add(scale.mark(session.date().plusDays(1), session.painNextMorning()));
            }
            double x = scale.x(session.date());
            double y = scale.weekY(entry.week());
            weekLine.append(weekLine.isEmpty() ? "M" + num(x) + " " + num(y) : " H" + num(x) + " V" + num(y));
        }
        weekLine.append(" H").append(num(scale.x(last))).append(" V").append(num(scale.weekY(view.state().week())));

        List<Tick> painTicks = List.of(0, 2, 5, 10).stream().map(p -> new Tick(scale.painY(p), p)).toList();
        List<Tick> weekTicks = new ArrayList<>();
        for (int week = 1; week <= weeks; week++) {
            weekTicks.add(new Tick(scale.weekY(week), week));
        }
        List<DayTick> dayTicks = List.of(new DayTick(LEFT, first), new DayTick(RIGHT, first.plusDays(span)));
        Band safe = scale.band(-0.5, 2.5);
        Band acceptable = scale.band(2.5, 5.5);
        return new ProgressChart(during, morning, line(during), line(morning), weekLine.toString(), painTicks,
                weekTicks, dayTicks, safe, acceptable);
    }

    private static String line(List<Mark> marks) {
        StringBuilder points = new StringBuilder();
        for (Mark mark : marks) {
            points.append(points.isEmpty() ? "" : " ").append(num(mark.x())).append(',').append(num(mark.y()));
        }
        return points.toString();
    }

    private static String num(double value) {
        return String.valueOf(round(value));
    }

    /** One decimal is finer than any screen needs and keeps the page short. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private record Scale(LocalDate first, long span, int weeks) {

        double x(LocalDate date) {
            return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(first, date) / span;
        }

        double painY(double pain) {
            return PAIN_BOTTOM - (PAIN_BOTTOM - PAIN_TOP) * (pain + 0.5) / 11;
        }

        double weekY(int week) {
            return weeks == 1 ? (WEEK_TOP + WEEK_BOTTOM) / 2
                    : WEEK_BOTTOM - (WEEK_BOTTOM - WEEK_TOP) * (week - 1) / (weeks - 1);
        }

        Mark mark(LocalDate date, int pain) {
            return new Mark(x(date), painY(pain), pain, date);
        }

        Band band(double from, double to) {
            return new Band(painY(to), painY(from) - painY(to));
        }

    }

}

package app.kneetriage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The return to running's calendar and CSV files, for the runner and the coach. */
@DatabaseTest
class ProgrammeExportsTests {

    @LocalServerPort
    int port;

    Http http;

    String token;

    String key;

    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void reduceResultWithAProgramme() {
        http = new Http(port);
        JsonNode created = http.postJson("/api/v1/triage", TriageJson.keepRunningLess()).json();
        token = created.get("token").asString();
        key = created.get("manageKey").asString();
        Http.Response started = http.send("POST", "/api/v1/results/" + token + "/programme",
                "{\"baselinePain\": 1, \"days\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\","
                        + " \"SATURDAY\", \"SUNDAY\"]}",
                "X-Manage-Key", key, "Content-Type", "application/json");
        assertThat(started.status()).isEqualTo(201);
    }

    @Test
    void theCalendarHoldsThisWeeksAndNextWeeksRunsAndValidatesAsRfc5545() throws Exception {
        log(today.minusDays(1), 2, "[]", null);

        Http.Response ics = download("/api/v1/results/" + token + "/programme.ics");

        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        assertThat(ics.header("Content-Disposition")).contains("attachment").contains("return-to-running.ics");
        assertThat(ics.header("Cache-Control")).contains("no-store");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n")
            .contains("\r\nVERSION:2.0\r\n")
            .endsWith("END:VCALENDAR\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        assertThat(calendar.validate().hasErrors()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        LocalDate nextSunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusWeeks(1);
        // Week 3 has yesterday's run and two to go; each later week opens seven days
        // after
        // its first run, and holds three.
        List<String> expected = new ArrayList<>(List.of(today.toString(), today.plusDays(1).toString()));
        for (LocalDate opens = today.plusDays(6); !opens.isAfter(nextSunday); opens = opens.plusDays(7)) {
            for (int run = 0; run < 3 && !opens.plusDays(run).isAfter(nextSunday); run++) {
                expected.add(opens.plusDays(run).toString());
            }
        }
        assertThat(events)
            .extracting(e -> LocalDate
                .parse(e.getProperty(Property.DTSTART).orElseThrow().getValue(), DateTimeFormatter.BASIC_ISO_DATE)
                .toString())
            .containsExactlyElementsOf(expected);
        for (VEvent event : events) {
            assertThat(event.getProperty(Property.DTSTART)).isPresent();
            assertThat(event.getProperty(Property.UID)).isPresent();
            assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
        }
        assertThat(events.get(0).getProperty(Property.DTSTART).orElseThrow().getValue())
            .isEqualTo(today.toString().replace("-", ""));
        assertThat(events.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue())
            .as("a reduced runner's programme starts at week 3")
            .isEqualTo("Run: week 3 of your return to running");
        assertThat(events.get(2).getProperty(Property.DTSTART).orElseThrow().getValue())
            .as("two runs finish week 3's runs, and week 4 waits until the week's seven days have passed")
            .isEqualTo(today.plusDays(6).toString().replace("-", ""));
        assertThat(events.get(2).getProperty(Property.SUMMARY).orElseThrow().getValue())
            .isEqualTo("Run: week 4 of your return to running");
        assertThat(ics.body()).doesNotContain(token).doesNotContain(key);
        assertThat(uids(download("/m/" + key + "/running/programme.ics").body()))
            .as("the runner's own download: the same runs, so importing again updates them")
            .isEqualTo(uids(ics.body()))
            .doesNotHaveDuplicates();
    }

    @Test
    void theCsvHoldsEverySessionWithNotesThatCannotRunAsFormulas() {
        log(today.minusDays(1), 2, "[]", "=HYPERLINK(\\\"http://example.com\\\"), then \\\"easy\\\"");
        log(today, 4, "[]", null);

        Http.Response csv = download("/api/v1/results/" + token + "/programme.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).as("marked as UTF-8 for spreadsheets").startsWith("\uFEFF");
        assertThat(csv.body().substring(1).split("\r\n")).containsExactly(
                "date,week,walk_minutes,run_minutes,pain_during,pain_after,pain_next_morning,new_warning_signs,notes",
                today.minusDays(1) + ",3,20,10,2,,1,,\"'=HYPERLINK(\"\"http://example.com\"\"), then \"\"easy\"\"\"",
                today + ",3,20,10,4,,,,");
    }

    @Test
    void turningTheShareLinkOffHidesTheFilesFromTheCoachButNotFromTheRunner() {
        log(today.minusDays(1), 2, "[]", null);
        assertThat(http.send("POST", "/api/v1/results/" + token + "/revoke", null, "X-Manage-Key", key).status())
            .isEqualTo(204);

        assertThat(download("/api/v1/results/" + token + "/programme.csv").status()).isEqualTo(410);
        assertThat(download("/api/v1/results/" + token + "/programme.ics").status()).isEqualTo(410);
        assertThat(http.get("/api/v1/results/" + token + "/programme").status()).isEqualTo(410);
        assertThat(download("/m/" + key + "/running/programme.csv").status()).isEqualTo(200);
        assertThat(download("/m/wrong-key-wrong-key-wron/running/programme.csv").status()).isEqualTo(404);
    }

    @Test
    void aStoppedProgrammePlansNoRuns() {
        log(today.minusDays(1), 2, "[\"SWELLING_OR_DEFORMITY\"]", null);

        Http.Response ics = download("/api/v1/results/" + token + "/programme.ics");

        assertThat(ics.status()).isEqualTo(409);
        assertThat(ics.header("Content-Type")).startsWith("application/problem+json");
        assertThat(download("/m/" + key + "/running/programme.ics").status()).isEqualTo(404);
        assertThat(download("/api/v1/results/" + token + "/programme.csv").body()).contains("SWELLING_OR_DEFORMITY");
    }

    @Test
    void aRunAheadOfTomorrowIsRefusedNamingTheDate() {
        Http.Response refused = http.send("POST", "/api/v1/results/" + token + "/sessions",
                "{\"date\": \"" + today.plusDays(3) + "\", \"walkMinutes\": 20, \"runMinutes\": 10, \"painDuring\": 2}",
                "X-Manage-Key", key, "Content-Type", "application/json");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(http.get("/api/v1/results/" + token + "/programme").json().get("sessions").size()).isZero();
    }

    /** As a browser or calendar app asks for a file: anything will do. */
    private Http.Response download(String path) {
        return http.send("GET", path, null, "Accept", "*/*");
    }

    private static List<String> uids(String ics) {
        return ics.lines().filter(line -> line.startsWith("UID:")).toList();
    }

    private void log(LocalDate date, int painDuring, String newRedFlags, String notes) {
        // the next morning's pain only once it has come
        String body = "{\"date\": \"" + date + "\", \"walkMinutes\": 20, \"runMinutes\": 10, \"painDuring\": "
                + painDuring + (date.isBefore(today) ? ", \"painNextMorning\": 1" : "") + ", \"newRedFlags\": "
                + newRedFlags + (notes == null ? "" : ", \"notes\": \"" + notes + "\"") + "}";
        Http.Response response = http.send("POST", "/api/v1/results/" + token + "/sessions", body, "X-Manage-Key", key,
                "Content-Type", "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

}

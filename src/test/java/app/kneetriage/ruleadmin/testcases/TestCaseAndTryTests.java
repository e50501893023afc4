package app.kneetriage.ruleadmin.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import app.kneetriage.support.LoggedInAdmin;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Editing the test cases that guard publishing, and trying answers against the draft. */
@AdminTest
class TestCaseAndTryTests {

    private static final String OUTER_KNEE = TriageJson.answers()
        .location("OUTER")
        .character("BURNING")
        .timing("DURING_RUN_BUILDS")
        .painScore(5)
        .durationDays(9)
        .json();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @LoggedInAdmin
    AdminSession admin;

    @Test
    void aNewTestCaseIsCheckedAgainstTheRulesAndAudited() {
        admin.get("/admin/tests/new");
        HttpResponse<String> saved = admin.postForm("/admin/tests/new", Map.of("name", "T1 outer knee check", "answers",
                OUTER_KNEE, "expectedUrgency", "SELF_CARE", "expectedTop", "ITBS", "expectedIncludes", "ITBS"));
        try {
            assertThat(saved.statusCode()).isEqualTo(303);
            String draftPage = admin.get("/admin/rules").body();
            assertThat(draftPage).contains("T1 outer knee check");
            assertThat(admin.get("/admin/audit?type=TEST_CASE").body()).contains("T1 outer knee check");
        }
        finally {
            jdbc.update("DELETE FROM test_case WHERE name = 'T1 outer knee check'");
        }
    }

    @Test
    void unreadableAnswersAreShownNextToTheFieldAndNothingIsSaved() {
        long before = jdbc.queryForObject("select count(*) from test_case", Long.class);
        admin.get("/admin/tests/new");

        HttpResponse<String> response = admin.postForm("/admin/tests/new",
                Map.of("name", "T2 broken", "answers", "{\"location\":\"KNEECAP\"}", "expectedUrgency", "SELF_CARE",
                        "expectedTop", "pfps", "expectedIncludes", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("answers-error")
            .contains("These answers cannot be read")
            .contains("expectedTop-error");
        assertThat(jdbc.queryForObject("select count(*) from test_case", Long.class)).isEqualTo(before);
    }

    @Test
    void aStaleTestCaseSaveIsReported() {
        long id = jdbc.queryForObject("select min(id) from test_case", Long.class);
        String page = admin.get("/admin/tests/" + id).body();
        String version = page.replaceAll(
                "(?s).*id=\"version\"[^>]*value=\"(\\d+)\".*|(?s).*value=\"(\\d+)\"[^>]*id=\"version\".*", "$1$2");
        String name = jdbc.queryForObject("select name from test_case where id = ?", String.class, id);
        String answers = jdbc.queryForObject("select answers from test_case where id = ?", String.class, id);
        Map<String, String> form = new HashMap<>(Map.of("version", version, "name", name, "answers", answers,
                "expectedUrgency",
                jdbc.queryForObject("select expected_urgency from test_case where id = ?", String.class, id),
                "expectedTop", jdbc.queryForObject("select expected_top from test_case where id = ?", String.class, id),
                "expectedIncludes",
                jdbc.queryForObject("select expected_includes from test_case where id = ?", String.class, id)));

        Map<String, String> first = new HashMap<>(form);
        first.put("name", name + " (edited)");
        assertThat(admin.postForm("/admin/tests/" + id, first).statusCode()).isEqualTo(303);
        admin.get("/admin/tests/" + id);
        HttpResponse<String> stale = admin.postForm("/admin/tests/" + id, form);

        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(stale.body()).contains("Someone else changed this test case");
        assertThat(jdbc.queryForObject("select name from test_case where id = ?", String.class, id))
            .isEqualTo(name + " (edited)");
        jdbc.update("UPDATE test_case SET name = ? WHERE id = ?", name, id);
    }

    @Test
    void tryingAnswersShowsTheOutcomeWithReasonsAndStoresNothing() {
        long results = jdbc.queryForObject("select count(*) from triage_result", Long.class);
        admin.get("/admin/rules/try");

        HttpResponse<String> response = admin.postForm("/admin/rules/try",
                Map.ofEntries(Map.entry("noRedFlags", "true"), Map.entry("noKneeSigns", "true"),
                        Map.entry("ageNotGiven", "true"), Map.entry("location", "OUTER"), Map.entry("side", "LEFT"),
                        Map.entry("character", "BURNING"), Map.entry("onset", "GRADUAL"),
                        Map.entry("timing", "DURING_RUN_BUILDS"), Map.entry("painScore", "5"),
                        Map.entry("durationAmount", "9"), Map.entry("durationUnit", "DAYS"),
                        Map.entry("previousEpisodes", "false"), Map.entry("dailyActivitiesAffected", "false"),
                        Map.entry("shoeDistanceUnit", "KM")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).as("the result page as a runner sees it")
            .contains("What changes for this runner")
            .contains("You can look after this yourself for now")
            .contains("Iliotibial band syndrome (ITBS)")
            .contains("It hurts on the outer edge of the knee");
        assertThat(jdbc.queryForObject("select count(*) from triage_result", Long.class)).isEqualTo(results);

        Map<String, String> keep = AdminSession.formFields(response.body());
        assertThat(keep).containsOnlyKeys("answers", "name", "caseId", "caseVersion");
        keep.put("name", "Outer knee, pain 5");
        HttpResponse<String> kept = admin.postForm("/admin/rules/try/keep", keep);

        assertThat(kept.statusCode()).isEqualTo(303);
        Map<String, Object> stored = jdbc.queryForMap("select * from test_case where name = 'Outer knee, pain 5'");
        assertThat(stored).containsEntry("expected_urgency", "SELF_CARE")
            .containsEntry("expected_top", "ITBS")
            .containsEntry("expected_running", "REDUCE");
        assertThat(kept.headers().firstValue("Location"))
            .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/tests/" + stored.get("id")));
        assertThat(admin.get("/admin/tests/" + stored.get("id")).body()).as("the case's answers in words")
            .contains("On the outer edge of the knee")
            .contains("Change the answers in the runner&#39;s form");

        String reopened = admin.get("/admin/rules/try?case=" + stored.get("id")).body();
        assertThat(reopened).as("the runner's form, filled in with the case's answers")
            .containsPattern("value=\"OUTER\"[^>]*checked")
            .contains("/admin/rules/try?case=" + stored.get("id"));
        Map<String, String> changed = AdminSession.formFields(reopened);
        changed.put("location", "FRONT");
        changed.put("timing", "DOWNSTAIRS");
        Map<String, String> keepChanged = AdminSession
            .formFields(admin.postForm("/admin/rules/try?case=" + stored.get("id"), changed).body());
        assertThat(keepChanged).containsEntry("name", "Outer knee, pain 5")
            .containsEntry("caseId", String.valueOf(stored.get("id")));
        assertThat(admin.postForm("/admin/rules/try/keep", keepChanged).statusCode()).isEqualTo(303);
        assertThat(jdbc.queryForObject("select count(*) from test_case where name = 'Outer knee, pain 5'", Long.class))
            .as("the same case, changed")
            .isEqualTo(1);
        assertThat(jdbc.queryForObject("select answers from test_case where id = ?", String.class, stored.get("id")))
            .contains("FRONT");
    }

    @Test
    void keepingTriedAnswersNeedsAName() {
        admin.get("/admin/rules/try");
        long before = jdbc.queryForObject("select count(*) from test_case", Long.class);

        HttpResponse<String> refused = admin.postForm("/admin/rules/try/keep",
                Map.of("answers", OUTER_KNEE, "name", " "));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Give the test case a name").contains("What changes for this runner");
        assertThat(jdbc.queryForObject("select count(*) from test_case", Long.class)).isEqualTo(before);
    }

    @Test
    void incompleteAnswersInTryItComeBackWithTheirErrors() {
        admin.get("/admin/rules/try");

        HttpResponse<String> response = admin.postForm("/admin/rules/try",
                Map.of("location", "OUTER", "weeklyDistanceChange", "MORE"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Choose which knee hurts")
            .contains("Enter roughly how many percent more or less you run")
            .doesNotContain("nickname");
    }

}

package app.kneetriage.ruleadmin.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.LoggedInAdmin;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Drafts, publishing guarded by test cases, rollback, stale edits and escaping, through
 * HTTP.
 */
@AdminTest
class RulePublishingTests {

    private static final String FRONT_KNEE = TriageJson.answers().timing("DOWNSTAIRS").json();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @LoggedInAdmin(draft = true)
    AdminSession admin;

    Http api;

    @BeforeEach
    void connectApi() {
        api = new Http(port);
    }

    @Test
    void aDraftEditReachesRunnersOnlyOncePublishedAndEarlierResultsKeepTheirSnapshot() {
        int liveReps = stepDownReps(triage());
        JsonNode before = triage();

        saveStepDown(liveReps + 1, "Step-downs");
        assertThat(stepDownReps(triage())).isEqualTo(liveReps);

        HttpResponse<String> published = publish("More step-downs");

        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(stepDownReps(triage())).isEqualTo(liveReps + 1);
        assertThat(stepDownReps(api.get("/api/v1/results/" + before.get("token").asString()).json()))
            .isEqualTo(liveReps);
        assertThat(admin.get("/admin/audit?type=RULE_SET").body()).contains("More step-downs");
    }

    @Test
    void aFailingTestCaseBlocksPublishing() {
        int versionBefore = liveVersion();
        jdbc.update("INSERT INTO test_case (name, answers, expected_urgency, expected_top, expected_includes)"
                + " VALUES ('ZZ impossible', ?, 'URGENT', 'ITBS', 'ITBS')", FRONT_KNEE);
        try {
            admin.get("/admin/rules");
            HttpResponse<String> refused = publish("Should not go out");

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("Publishing was refused")
                .contains("ZZ impossible")
                .contains(
                        "Urgency is \u201CSelf-care for now\u201D; expected \u201CUrgent: get medical help now\u201D");
            assertThat(liveVersion()).isEqualTo(versionBefore);
            assertThat(admin.get("/admin/rules").body()).contains("Fails");
        }
        finally {
            jdbc.update("DELETE FROM test_case WHERE name = 'ZZ impossible'");
        }
    }

    @Test
    void republishingAnOlderVersionRestoresItsOutcome() {
        int originalReps = stepDownReps(triage());
        int originalVersion = liveVersion();
        saveStepDown(originalReps + 5, "Step-downs");
        publish("Too many step-downs");
        assertThat(stepDownReps(triage())).isEqualTo(originalReps + 5);

        admin.get("/admin/rules/versions");
        HttpResponse<String> rollback = admin.postForm("/admin/rules/versions/" + originalVersion + "/republish",
                Map.of());

        assertThat(rollback.statusCode()).isEqualTo(303);
        assertThat(stepDownReps(triage())).isEqualTo(originalReps);
        assertThat(triage().get("rulesVersion").asInt()).isGreaterThan(originalVersion + 1);
    }

    @Test
    void aSecondSaveOnAStaleCopyGetsTheConflictMessageAndTheFirstEditIsKept() {
        long id = draftStepDownId();
        Map<String, String> firstCopy = exerciseForm(id);
        Map<String, String> secondCopy = exerciseForm(id);

        firstCopy.put("reps", "13");
        HttpResponse<String> first = admin.postForm("/admin/rules/exercises/STEP_DOWN", firstCopy);
        secondCopy.put("reps", "14");
        HttpResponse<String> second = admin.postForm("/admin/rules/exercises/STEP_DOWN", secondCopy);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(second.body()).contains("Someone else changed this exercise").contains("value=\"14\"");
        assertThat(jdbc.queryForObject("select reps from exercise where id = ?", Integer.class, id)).isEqualTo(13);
    }

    @Test
    void anExerciseNameIsRenderedEscapedOnTheAdminPageAndTheRunnersResult() {
        String payload = "<script>alert('x')</script>Step-downs";
        saveStepDown(stepDownReps(triage()), payload);

        String draftPage = admin.get("/admin/rules").body();
        publish("Escaping check");
        String token = triage().get("token").asString();
        String resultPage = api.page("/r/" + token).body();

        for (String page : new String[] { draftPage, resultPage }) {
            assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        }
        saveStepDown(stepDownReps(triage()), "Step-downs");
        publish("Back to the plain name");
    }

    private void saveStepDown(int reps, String name) {
        long id = draftStepDownId();
        Map<String, String> form = exerciseForm(id);
        form.put("reps", String.valueOf(reps));
        form.put("name", name);
        HttpResponse<String> saved = admin.postForm("/admin/rules/exercises/STEP_DOWN", form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    }

    /** The exercise's form as the edit page serves it, with its version. */
    private Map<String, String> exerciseForm(long id) {
        String page = admin.get("/admin/rules/exercises/STEP_DOWN").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", valueOf(page, "version"));
        form.put("code", valueOf(page, "code"));
        form.put("name", valueOf(page, "name"));
        form.put("aim", valueOf(page, "aim"));
        form.put("howTo", "Stand on a low step and lower the other heel slowly.");
        form.put("sets", valueOf(page, "sets"));
        form.put("reps", valueOf(page, "reps"));
        form.put("holdSeconds", "");
        form.put("perSide", "true");
        form.put("kind", "STRENGTH");
        form.put("loadsKnee", "true");
        form.put("caution", "");
        return form;
    }

    private static String valueOf(String page, String field) {
        Matcher matcher = Pattern
            .compile("id=\"" + field + "\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*id=\"" + field + "\"")
            .matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no field " + field);
        }
        String value = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return HtmlUtils.htmlUnescape(value);
    }

    private HttpResponse<String> publish(String note) {
        admin.get("/admin/rules");
        return admin.postForm("/admin/rules/publish", Map.of("changeNote", note));
    }

    private long draftStepDownId() {
        admin.get("/admin/rules");
        admin.postForm("/admin/rules/draft", Map.of());
        return jdbc.queryForObject("select e.id from exercise e join rule_set r on e.rule_set_id = r.id"
                + " where r.status = 'DRAFT' and e.code = 'STEP_DOWN'", Long.class);
    }

    private int liveVersion() {
        return jdbc.queryForObject("select max(version_number) from rule_set where status = 'PUBLISHED'",
                Integer.class);
    }

    private JsonNode triage() {
        Http.Response response = api.postJson("/api/v1/triage", FRONT_KNEE);
        assertThat(response.status()).isEqualTo(201);
        return response.json();
    }

    private static int stepDownReps(JsonNode result) {
        for (JsonNode exercise : result.get("plan").get("exercises")) {
            if (exercise.get("notes").asString().startsWith("Stand on a low step")) {
                return exercise.get("reps").asInt();
            }
        }
        throw new AssertionError("no step-downs in the plan");
    }

}

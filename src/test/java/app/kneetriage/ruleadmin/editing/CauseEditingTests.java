package app.kneetriage.ruleadmin.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.LoggedInAdmin;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Editing a cause's conditions through the admin form, as rows of field, operator and
 * values.
 */
@AdminTest
class CauseEditingTests {

    private static final String BACK_KNEE = TriageJson.answers()
        .location("BACK")
        .side("BOTH")
        .character("TIGHTNESS")
        .timing("STRAIGHTENING")
        .json();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @LoggedInAdmin(draft = true)
    AdminSession admin;

    @Test
    void aConditionAddedThroughTheFormReachesRunnersOncePublished() {
        String path = "/admin/rules/causes/POSTERIOR";
        Map<String, String> form = AdminSession.formFields(admin.get(path).body());
        form.put("addCondition", "1");
        HttpResponse<String> withRow = admin.postForm(path, form);
        Map<String, String> fields = AdminSession.formFields(withRow.body());
        int last = (int) fields.keySet().stream().filter(k -> k.endsWith(".reason")).count() - 1;
        fields.put("pattern[" + last + "].condition.kind", "ONE");
        fields.put("pattern[" + last + "].condition.field", "side");
        fields.put("pattern[" + last + "].condition.operator", "IN");
        fields.put("pattern[" + last + "].condition.answers", "BOTH");
        fields.put("pattern[" + last + "].weight", "1");
        fields.put("pattern[" + last + "].reason", "Both knees feel tight");

        HttpResponse<String> saved = admin.postForm(path, fields);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(new Http(port).postJson("/api/v1/triage", BACK_KNEE).body()).doesNotContain("Both knees feel tight");
        admin.get("/admin/rules");
        assertThat(admin.postForm("/admin/rules/publish", Map.of("changeNote", "Tightness in both knees")).statusCode())
            .isEqualTo(303);
        assertThat(new Http(port).postJson("/api/v1/triage", BACK_KNEE).body()).contains("Both knees feel tight");
        assertThat(admin.get("/admin/audit?type=CAUSE").body()).contains("POSTERIOR (draft)");
    }

    @Test
    void aConditionWithoutItsAnswersIsRefusedNextToItsRowAndNothingChanges() {
        long id = draftCauseId("ITBS");
        String path = "/admin/rules/causes/ITBS";
        String before = jdbc.queryForObject(
                "select condition_json from pattern_item where cause_id = ? and sort_order = 1", String.class, id);
        Map<String, String> fields = AdminSession.formFields(admin.get(path).body());
        fields.put("pattern[0].condition.field", "location");
        fields.remove("pattern[0].condition.answers");

        HttpResponse<String> refused = admin.postForm(path, fields);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Tick at least one answer to \u201CWhere it hurts most\u201D");
        assertThat(jdbc.queryForObject("select condition_json from pattern_item where cause_id = ? and sort_order = 1",
                String.class, id))
            .isEqualTo(before);
    }

    @Test
    void aCauseSavedUnchangedKeepsEveryConditionAsItWas() {
        long id = draftCauseId("PFPS");
        String path = "/admin/rules/causes/PFPS";
        String sql = "select condition_json from pattern_item where cause_id = ? order by sort_order";
        var before = jdbc.queryForList(sql, String.class, id);
        String rankFirst = jdbc.queryForObject("select rank_first_when from cause where id = ?", String.class, id);

        HttpResponse<String> saved = admin.postForm(path, AdminSession.formFields(admin.get(path).body()));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(jdbc.queryForList(sql, String.class, id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select rank_first_when from cause where id = ?", String.class, id))
            .isEqualTo(rankFirst);
    }

    @Test
    void theCausePageNamesExercisesAndReadsConditionsAsSentences() {
        String page = admin.get("/admin/rules/causes/ITBS").body();

        assertThat(page).containsPattern("<option value=\"CLAMSHELL\"[^>]*>Clamshells</option>")
            .doesNotContain(">CLAMSHELL<")
            .contains("Where it hurts most is \u201COn the outer edge of the knee\u201D")
            .contains(">Where it hurts most</option>")
            .doesNotContain(">training.runsOnCamberedRoads<");
    }

    @Test
    void rowsAreAddedAndRemovedWithoutJavaScript() {
        long id = draftCauseId("JOINT");
        String path = "/admin/rules/causes/JOINT";
        Map<String, String> fields = AdminSession.formFields(admin.get(path).body());
        long rows = fields.keySet().stream().filter(k -> k.endsWith(".reason")).count();

        fields.put("removeCondition", "0");
        Map<String, String> fewer = AdminSession.formFields(admin.postForm(path, fields).body());

        assertThat(fewer.keySet().stream().filter(k -> k.endsWith(".reason")).count()).isEqualTo(rows - 1);
        assertThat(jdbc.queryForObject("select count(*) from pattern_item where cause_id = ?", Long.class, id))
            .isEqualTo(rows);
    }

    @Test
    void aNewCauseWithANewExerciseReachesRunnersOncePublishedAndCanBeRemovedAgain() {
        Map<String, String> exercise = AdminSession.formFields(admin.get("/admin/rules/exercises/new").body());
        exercise.putAll(Map.of("code", "DECLINE_SQUAT", "name", "Decline squats", "aim", "Tendon loading", "howTo",
                "Stand on a slope, heels up, and squat slowly to a shallow depth.", "sets", "3", "reps", "15", "kind",
                "STRENGTH"));
        assertThat(admin.postForm("/admin/rules/exercises/new", exercise).statusCode()).isEqualTo(303);

        Map<String, String> cause = AdminSession.formFields(admin.get("/admin/rules/causes/new").body());
        cause.putAll(Map.of("code", "FAT_PAD", "name", "Fat pad irritation", "explanation",
                "Pain in the soft pad just below the kneecap.", "pattern[0].condition.field", "timing",
                "pattern[0].condition.operator", "CONTAINS_ALL", "pattern[0].condition.answers",
                "SQUATTING,STRAIGHTENING", "pattern[0].weight", "5", "pattern[0].reason",
                "Squatting and straightening both hurt"));
        cause.put("addExercise", "1");
        Map<String, String> withExercise = AdminSession
            .formFields(admin.postForm("/admin/rules/causes/new", cause).body());
        withExercise.put("exercises[0]", "DECLINE_SQUAT");
        HttpResponse<String> created = admin.postForm("/admin/rules/causes/new", withExercise);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);

        admin.get("/admin/rules");
        assertThat(admin.postForm("/admin/rules/publish", Map.of("changeNote", "Fat pad")).statusCode()).isEqualTo(303);
        // A sudden start, so that runner's knee does not rank first and fill the plan's
        // five places.
        String answers = BACK_KNEE.replace("\"BACK\"", "\"FRONT\"")
            .replace("\"GRADUAL\"", "\"SUDDEN\"")
            .replace("[\"STRAIGHTENING\"]", "[\"SQUATTING\",\"STRAIGHTENING\"]");
        String result = new Http(port).postJson("/api/v1/triage", answers).body();
        assertThat(result).contains("\"FAT_PAD\"")
            .contains("Squatting and straightening both hurt")
            .contains("Decline squats");

        admin.get("/admin/rules");
        admin.postForm("/admin/rules/draft", Map.of());
        admin.get("/admin/rules/causes/FAT_PAD");
        assertThat(admin.postForm("/admin/rules/causes/FAT_PAD/delete", Map.of()).statusCode()).isEqualTo(303);
        HttpResponse<String> gone = admin.get("/admin/rules/causes/FAT_PAD");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("This item is not in the draft").contains("Back to the draft");
        assertThat(admin.get("/admin/audit?type=CAUSE&q=FAT_PAD").body()).contains("Added cause")
            .contains("Removed cause");
    }

    private long draftCauseId(String code) {
        return jdbc.queryForObject("select c.id from cause c join rule_set r on c.rule_set_id = r.id"
                + " where r.status = 'DRAFT' and c.code = ?", Long.class, code);
    }

}

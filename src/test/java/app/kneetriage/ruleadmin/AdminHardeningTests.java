package app.kneetriage.ruleadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import app.kneetriage.support.LoggedInAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tampered and oversized admin requests: refused cleanly, never a 500, never half-done
 * (simultaneous ones: {@link SimultaneousAdminRequestsTests}).
 */
@AdminTest
class AdminHardeningTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @LoggedInAdmin
    AdminSession admin;

    @Test
    void tamperedAndOversizedFormsAreRefusedWithoutAServerError() {
        admin.get("/admin/rules");
        admin.postForm("/admin/rules/draft", Map.of());

        Map<String, String> steps = AdminSession.formFields(admin.get("/admin/rules/steps").body());
        steps.put("rows[100000].description", "far away");
        assertThat(admin.postForm("/admin/rules/steps", steps).statusCode()).isEqualTo(400);

        String causeId = "PFPS";
        Map<String, String> cause = AdminSession.formFields(admin.get("/admin/rules/causes/" + causeId).body());
        cause.put("exercises[1]", cause.get("exercises[0]"));
        HttpResponse<String> twice = admin.postForm("/admin/rules/causes/" + causeId, cause);
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("only once");

        Map<String, String> longJson = AdminSession.formFields(admin.get("/admin/rules/causes/" + causeId).body());
        longJson.put("pattern[0].condition.advanced", "true");
        longJson.put("pattern[0].condition.json", "{\"any\":["
                + "{\"field\":\"painScore\",\"op\":\"AT_LEAST\",\"values\":[\"1\"]},".repeat(200) + "{\"all\":[]}]}");
        assertThat(admin.postForm("/admin/rules/causes/" + causeId, longJson).statusCode()).isEqualTo(422);

        String exerciseId = "PLANK";
        Map<String, String> exercise = AdminSession
            .formFields(admin.get("/admin/rules/exercises/" + exerciseId).body());
        exercise.put("name", "P".repeat(200));
        assertThat(admin.postForm("/admin/rules/exercises/" + exerciseId, exercise).statusCode()).isEqualTo(303);
        exercise = AdminSession.formFields(admin.get("/admin/rules/exercises/" + exerciseId).body());
        exercise.put("name", "Plank");
        assertThat(admin.postForm("/admin/rules/exercises/" + exerciseId, exercise).statusCode()).isEqualTo(303);
        assertThat(admin.get("/admin/rules/exercises/" + exerciseId).body()).as("headed by its name, not its code")
            .contains("<h1>Edit the exercise \u201CPlank\u201D</h1>");

        // Version 3 is the seeded content of the triage contract's version 3, which the
        // test cases fit.
        String export = admin.get("/admin/rules/export?version=3").body();
        admin.get("/admin/rules/import");
        HttpResponse<String> nullEntry = admin.postForm("/admin/rules/import",
                Map.of("document", export.replaceFirst("\"exercises\" : \\[", "\"exercises\" : [ null,")));
        assertThat(nullEntry.statusCode()).isEqualTo(422);
        assertThat(nullEntry.body()).contains("empty entry");

        admin.get("/admin/tests/new");
        for (String answers : new String[] { "{\"timing\":[{}]}", "{\"location\":\"FRONT\",\"side\":\"LEFT\","
                + "\"character\":\"SHARP\",\"onset\":\"GRADUAL\",\"painScore\":99,\"durationDays\":1}" }) {
            HttpResponse<String> testCase = admin.postForm("/admin/tests/new", Map.of("name", "Tampered", "answers",
                    answers, "expectedUrgency", "SELF_CARE", "expectedTop", "", "expectedIncludes", ""));
            assertThat(testCase.statusCode()).as(answers).isEqualTo(422);
        }

        admin.get("/admin/admins");
        HttpResponse<String> longPassword = admin.postForm("/admin/admins", Map.of("username", "longpass", "password",
                "knee-pain-after-runs-".repeat(5), "confirmPassword", "knee-pain-after-runs-".repeat(5)));
        assertThat(longPassword.statusCode()).isEqualTo(422);
        assertThat(longPassword.body()).contains("72 bytes");
        assertThat(new AdminSession(port).login(AdminSession.USERNAME, "y".repeat(100)).statusCode()).isEqualTo(302);
    }

    @Test
    void aTamperedListIndexOnThePublicFormIsABadRequestPage() {
        AdminSession runner = new AdminSession(port);
        runner.get("/triage");

        HttpResponse<String> response = runner.postForm("/triage", Map.of("timing[300]", "AFTER_RUN"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Something went wrong").doesNotContain("Exception");
        for (String tampered : new String[] { "timing[-1]", "generalSymptoms[-1]", "redFlags[2147483648]" }) {
            HttpResponse<String> refused = runner.postForm("/triage", Map.of(tampered, "AT_REST"));
            assertThat(refused.statusCode()).as(tampered).isEqualTo(400);
            assertThat(refused.body()).as(tampered).doesNotContain("Exception");
        }
    }

}

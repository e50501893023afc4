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
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The plan size and the fit bands are rule data an admin edits like the rest. */
@AdminTest
class PlanSettingsTests {

    private static final String RUNNERS_KNEE = TriageJson.answers()
        .timing("AFTER_SITTING", "DOWNSTAIRS", "AFTER_RUN")
        .json();

    @LocalServerPort
    int port;

    @LoggedInAdmin(draft = true)
    AdminSession admin;

    @Test
    void aSmallerPlanAndAHigherStrongBandReachRunnersOncePublished() {
        JsonNode before = new Http(port).postJson("/api/v1/triage", RUNNERS_KNEE).json();
        assertThat(before.at("/causes/0/fit").asString()).isEqualTo("STRONG");
        assertThat(before.at("/plan/exercises").size()).isEqualTo(5);

        try {
            publishSettings("3", "0.9");

            JsonNode after = new Http(port).postJson("/api/v1/triage", RUNNERS_KNEE).json();
            assertThat(after.at("/causes/0/fit").asString()).isEqualTo("MODERATE");
            assertThat(after.at("/plan/exercises").size()).isEqualTo(3);
            assertThat(admin.get("/admin/audit?type=PLAN_SETTINGS").body()).contains("maxPlanExercises");
        }
        finally {
            admin.get("/admin/rules");
            admin.postForm("/admin/rules/draft", Map.of());
            publishSettings("5", "0.67");
        }
    }

    @Test
    void thePainMonitoringRuleIsEditedAndCheckedLikeTheOtherSettings() {
        Map<String, String> settings = AdminSession.formFields(admin.get("/admin/rules/settings").body());
        assertThat(settings).containsEntry("painMaxDuring", "5")
            .containsEntry("painSettledMorning", "2")
            .containsEntry("painWeeklyRise", "2")
            .containsEntry("sessionsPerWeek", "3");

        settings.put("painMaxDuring", "11");
        HttpResponse<String> refused = admin.postForm("/admin/rules/settings", settings);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Enter a pain score from 0 to 10.");

        settings = AdminSession.formFields(admin.get("/admin/rules/settings").body());
        settings.put("painMaxDuring", "4");
        assertThat(admin.postForm("/admin/rules/settings", settings).statusCode()).isEqualTo(303);
        assertThat(AdminSession.formFields(admin.get("/admin/rules/settings").body())).containsEntry("painMaxDuring",
                "4");
        assertThat(admin.get("/admin/audit?type=PLAN_SETTINGS").body()).contains("maxPainDuring");
    }

    private void publishSettings(String maxExercises, String strongFrom) {
        Map<String, String> settings = AdminSession.formFields(admin.get("/admin/rules/settings").body());
        settings.put("maxPlanExercises", maxExercises);
        settings.put("fitStrongFrom", strongFrom);
        assertThat(admin.postForm("/admin/rules/settings", settings).statusCode()).isEqualTo(303);
        admin.get("/admin/rules");
        assertThat(admin.postForm("/admin/rules/publish", Map.of("changeNote", "Plan of " + maxExercises)).statusCode())
            .isEqualTo(303);
    }

    @Test
    void bandsInTheWrongOrderAreRefusedAndNothingChanges() {
        Map<String, String> settings = AdminSession.formFields(admin.get("/admin/rules/settings").body());
        settings.put("fitStrongFrom", "0.3");
        settings.put("fitModerateFrom", "0.5");

        HttpResponse<String> refused = admin.postForm("/admin/rules/settings", settings);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("0 &lt; moderate &lt; strong");
        settings.put("fitStrongFrom", "lots");
        assertThat(admin.postForm("/admin/rules/settings", settings).statusCode()).isEqualTo(422);
        assertThat(AdminSession.formFields(admin.get("/admin/rules/settings").body()).get("fitModerateFrom"))
            .isNotEqualTo("0.5");
    }

}

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

/**
 * Urgency rules, advice and return-to-run weeks, edited as lists through the admin forms.
 */
@AdminTest
class ListEditingTests {

    private static final String PAIN_SEVEN = TriageJson.answers()
        .location("OUTER")
        .character("SHARP")
        .timing("DURING_RUN_BUILDS")
        .painScore(7)
        .json();

    @LocalServerPort
    int port;

    @LoggedInAdmin(draft = true)
    AdminSession admin;

    @Test
    void aLooserUrgencyRuleIsSavedInTheDraftButTheTestCasesBlockItsPublication() {
        Map<String, String> form = AdminSession.formFields(admin.get("/admin/rules/urgency").body());
        form.put(partWith(form, "painScore", "AT_LEAST") + ".number", "8");

        HttpResponse<String> saved = admin.postForm("/admin/rules/urgency", form);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(admin.get("/admin/rules").body()).contains(
                "Urgency is \u201CSelf-care for now\u201D; expected \u201CSee a professional in the next days\u201D");
        assertThat(admin.get("/admin/audit").body()).as("the audit log says what changed, in words")
            .contains("condition: Pain score at least 7 \u2192 Pain score at least 8");
        HttpResponse<String> publish = admin.postForm("/admin/rules/publish", Map.of("changeNote", "Pain 8"));
        assertThat(publish.statusCode()).isEqualTo(422);
        assertThat(new Http(port).postJson("/api/v1/triage", PAIN_SEVEN).json().get("urgency").asString())
            .isEqualTo("SEE_PROFESSIONAL");

        Map<String, String> back = AdminSession.formFields(admin.get("/admin/rules/urgency").body());
        back.put(partWith(back, "painScore", "AT_LEAST") + ".number", "7");
        assertThat(admin.postForm("/admin/rules/urgency", back).statusCode()).isEqualTo(303);
    }

    @Test
    void theSafetyNetWithoutItsFeverIsRefusedByTheTestCasesAndEveryRuleKeepsItsUrgency() {
        Map<String, String> advice = AdminSession.formFields(admin.get("/admin/rules/advice").body());
        String safetyNet = advice.entrySet()
            .stream()
            .filter(e -> e.getKey().endsWith(".text") && e.getValue().startsWith("Get help the same day"))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
        String original = advice.get(safetyNet);
        long tiedToAnUrgency = advice.entrySet()
            .stream()
            .filter(e -> e.getKey().endsWith(".whenUrgency") && !e.getValue().isEmpty())
            .count();
        advice.put(safetyNet, original.replace("you get a fever, ", ""));
        HttpResponse<String> changed = admin.postForm("/admin/rules/advice", advice);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(303);

        Map<String, String> saved = AdminSession.formFields(admin.get("/admin/rules/advice").body());
        assertThat(saved.entrySet()
            .stream()
            .filter(e -> e.getKey().endsWith(".whenUrgency") && !e.getValue().isEmpty())
            .count()).as("advice for one urgency keeps it through a save").isEqualTo(tiedToAnUrgency).isPositive();
        HttpResponse<String> publish = admin.postForm("/admin/rules/publish", Map.of("changeNote", "No fever"));
        assertThat(publish.statusCode()).isEqualTo(422);
        assertThat(publish.body()).contains("No text says anything matching \u201Cfever\u201D");

        saved.put(safetyNet, original);
        assertThat(admin.postForm("/admin/rules/advice", saved).statusCode()).isEqualTo(303);
    }

    @Test
    void newAdviceAndAChangedWeekReachRunnersOncePublished() {
        Map<String, String> advice = AdminSession.formFields(admin.get("/admin/rules/advice").body());
        advice.put("addRow", "1");
        Map<String, String> withRow = AdminSession.formFields(admin.postForm("/admin/rules/advice", advice).body());
        int last = (int) withRow.keySet().stream().filter(k -> k.endsWith(".text")).count() - 1;
        withRow.put("rows[" + last + "].section", "WHILE_PAIN");
        withRow.put("rows[" + last + "].text", "Keep a short diary of every run for two weeks.");
        assertThat(admin.postForm("/admin/rules/advice", withRow).statusCode()).isEqualTo(303);

        Map<String, String> steps = AdminSession.formFields(admin.get("/admin/rules/steps").body());
        steps.put("rows[1].description", "Walk 2 minutes, run 2 minutes, four times.");
        assertThat(admin.postForm("/admin/rules/steps", steps).statusCode()).isEqualTo(303);

        admin.get("/admin/rules");
        assertThat(admin.postForm("/admin/rules/publish", Map.of("changeNote", "Diary and week 2")).statusCode())
            .isEqualTo(303);

        String result = new Http(port).postJson("/api/v1/triage", PAIN_SEVEN).body();
        assertThat(result).contains("Keep a short diary of every run for two weeks.")
            .contains("Walk 2 minutes, run 2 minutes, four times.");
        assertThat(admin.get("/admin/audit?type=ADVICE").body()).contains("Keep a short diary");
    }

    @Test
    void aWeeksRunsAndPlannedSessionAreKeptAndAHalfPlannedSessionIsRefused() {
        Map<String, String> steps = AdminSession.formFields(admin.get("/admin/rules/steps").body());
        steps.put("rows[0].sessions", "2");
        steps.put("rows[0].walkMinutes", "20");
        steps.put("rows[0].runMinutes", "");

        HttpResponse<String> refused = admin.postForm("/admin/rules/steps", steps);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("week 1: a planned session gives both walking and running");
        assertThat(AdminSession.formFields(admin.get("/admin/rules/steps").body()).get("rows[0].sessions"))
            .as("nothing half-saved")
            .isNotEqualTo("2");

        steps = AdminSession.formFields(admin.get("/admin/rules/steps").body());
        steps.put("rows[0].sessions", "2");
        steps.put("rows[0].walkMinutes", "20");
        steps.put("rows[0].runMinutes", "10");
        assertThat(admin.postForm("/admin/rules/steps", steps).statusCode()).isEqualTo(303);

        Map<String, String> saved = AdminSession.formFields(admin.get("/admin/rules/steps").body());
        assertThat(saved).containsEntry("rows[0].sessions", "2")
            .containsEntry("rows[0].walkMinutes", "20")
            .containsEntry("rows[0].runMinutes", "10");
    }

    @Test
    void aStaleListSaveIsReportedAndABadConditionIsShownNextToItsRow() {
        Map<String, String> first = AdminSession.formFields(admin.get("/admin/rules/steps").body());
        Map<String, String> second = Map.copyOf(first);
        assertThat(admin.postForm("/admin/rules/steps", first).statusCode()).isEqualTo(303);
        admin.get("/admin/rules/steps");

        HttpResponse<String> stale = admin.postForm("/admin/rules/steps", second);

        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(stale.body()).contains("Someone else changed this list");

        Map<String, String> urgency = AdminSession.formFields(admin.get("/admin/rules/urgency").body());
        urgency.put("rows[0].condition.kind", "ONE");
        urgency.put("rows[0].condition.field", "painScore");
        urgency.put("rows[0].condition.operator", "CONTAINS_ANY");
        HttpResponse<String> invalid = admin.postForm("/admin/rules/urgency", urgency);
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("Choose how the answer to \u201CPain score\u201D counts.");
    }

    /**
     * The prefix of the first condition or part (rows[i].condition.parts[j]) that uses
     * this operator.
     */
    private static String partWith(Map<String, String> form, String question, String operator) {
        return form.entrySet()
            .stream()
            .filter(e -> e.getKey().endsWith(".operator") && e.getValue().equals(operator))
            .map(e -> e.getKey().substring(0, e.getKey().length() - ".operator".length()))
            .filter(part -> question.equals(form.get(part + ".field")))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void runningAndSectionRulesAreEditedAsListsAndGuardedByTheTestCases() {
        Map<String, String> running = AdminSession.formFields(admin.get("/admin/rules/running").body());
        int last = (int) running.keySet().stream().filter(k -> k.endsWith(".text")).count() - 1;
        assertThat(running.get("rows[" + last + "].advice")).isEqualTo("REDUCE");
        running.put("rows[" + last + "].text", "Keep running, gently, and let pain guide you.");
        assertThat(admin.postForm("/admin/rules/running", running).statusCode()).isEqualTo(303);

        Map<String, String> notAlways = AdminSession.formFields(admin.get("/admin/rules/running").body());
        notAlways.put("rows[" + last + "].condition.kind", "ONE");
        notAlways.put("rows[" + last + "].condition.field", "painScore");
        notAlways.put("rows[" + last + "].condition.operator", "AT_MOST");
        notAlways.put("rows[" + last + "].condition.number", "3");
        HttpResponse<String> refused = admin.postForm("/admin/rules/running", notAlways);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("must always apply");

        admin.get("/admin/rules");
        assertThat(admin.postForm("/admin/rules/publish", Map.of("changeNote", "Gentler running text")).statusCode())
            .isEqualTo(303);
        JsonNode result = new Http(port).postJson("/api/v1/triage", TriageJson.answers().durationDays(30).json())
            .json();
        assertThat(result.at("/plan/running/text").asString())
            .isEqualTo("Keep running, gently, and let pain guide you.");
        assertThat(admin.get("/admin/audit?type=RUNNING_RULES").body()).contains("gently");

        admin.get("/admin/rules");
        admin.postForm("/admin/rules/draft", Map.of());
        try {
            Map<String, String> sections = AdminSession.formFields(admin.get("/admin/rules/sections").body());
            assertThat(sections.get("rows[0].section")).isEqualTo("FIRST_DAYS");
            sections.put("removeRow", "0");
            Map<String, String> none = AdminSession
                .formFields(admin.postForm("/admin/rules/sections", sections).body());
            assertThat(admin.postForm("/admin/rules/sections", none).statusCode()).isEqualTo(303);

            admin.get("/admin/rules");
            HttpResponse<String> publish = admin.postForm("/admin/rules/publish",
                    Map.of("changeNote", "First days for everyone"));
            assertThat(publish.statusCode()).isEqualTo(422);
            assertThat(publish.body()).contains("P28").contains("first days");
        }
        finally {
            admin.get("/admin/rules");
            admin.postForm("/admin/rules/draft/discard", Map.of());
        }
    }

}

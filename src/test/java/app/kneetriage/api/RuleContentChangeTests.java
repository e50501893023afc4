package app.kneetriage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import app.kneetriage.rules.content.RuleSetProvider;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rule content is data: rows written straight into the database change what the API
 * answers, with no code change, while results made earlier keep their snapshot. Each test
 * undoes its edit.
 */
@DatabaseTest
class RuleContentChangeTests {

    private static final String FRONT_KNEE = TriageJson.answers().timing("DOWNSTAIRS").json();

    /** The version runners get. */
    private static final String PUBLISHED = "(SELECT id FROM rule_set WHERE version_number ="
            + " (SELECT MAX(version_number) FROM rule_set WHERE status = 'PUBLISHED'))";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuleSetProvider ruleSets;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @AfterEach
    void forgetEditedRules() {
        ruleSets.evict();
    }

    @Test
    void aCauseAddedAsDataIsRankedWithItsReason() {
        assertThat(causeCodes(triage())).doesNotContain("FAT_PAD");
        try {
            jdbc.update("INSERT INTO cause (rule_set_id, sort_order, code, name, explanation) VALUES (" + PUBLISHED
                    + ", 99, 'FAT_PAD', 'Fat pad irritation', 'Pain in the soft pad below the kneecap.')");
            jdbc.update("INSERT INTO pattern_item (cause_id, sort_order, condition_json, weight, reason) VALUES ("
                    + "(SELECT id FROM cause WHERE code = 'FAT_PAD'), 1,"
                    + " '{\"field\":\"timing\",\"op\":\"CONTAINS_ANY\",\"values\":[\"DOWNSTAIRS\"]}', 1,"
                    + " 'Stairs load the tendon')");
            ruleSets.evict();

            JsonNode added = cause(triage(), "FAT_PAD");

            assertThat(added.get("name").asString()).isEqualTo("Fat pad irritation");
            assertThat(added.get("score").asDouble()).isEqualTo(1.0);
            assertThat(added.get("reasons").get(0).asString()).isEqualTo("Stairs load the tendon");
        }
        finally {
            jdbc.update("DELETE FROM cause WHERE code = 'FAT_PAD'");
        }
    }

    /**
     * Weighty enough for a moderate fit: a weakly fitting cause is listed only when it
     * ranks first.
     */
    @Test
    void aConditionAddedAsDataBringsACauseIn() {
        assertThat(causeCodes(triage())).doesNotContain("JOINT");
        try {
            jdbc.update("INSERT INTO pattern_item (cause_id, sort_order, condition_json, weight, reason) VALUES ("
                    + "(SELECT id FROM cause WHERE code = 'JOINT' AND rule_set_id = " + PUBLISHED + "), 99,"
                    + " '{\"all\":[{\"field\":\"side\",\"op\":\"EQUALS\",\"values\":[\"LEFT\"]},"
                    + "{\"field\":\"painScore\",\"op\":\"BETWEEN\",\"values\":[\"1\",\"4\"]}]}', 5, 'Test reason')");
            ruleSets.evict();

            assertThat(causeCodes(triage())).contains("JOINT");
        }
        finally {
            jdbc.update("DELETE FROM pattern_item WHERE reason = 'Test reason'");
        }
    }

    @Test
    void aResultMadeBeforeARuleChangeReadsBackUnchanged() {
        JsonNode before = triage();
        String pageBefore = http.page("/r/" + before.get("token").asString()).body();
        String originalName = jdbc
            .queryForObject("SELECT name FROM cause WHERE code = 'PFPS' AND rule_set_id = " + PUBLISHED, String.class);
        try {
            jdbc.update("UPDATE cause SET name = 'Renamed runner''s knee' WHERE code = 'PFPS' AND rule_set_id = "
                    + PUBLISHED);
            jdbc.update("UPDATE exercise SET reps = 12 WHERE code = 'STEP_DOWN' AND rule_set_id = " + PUBLISHED);
            ruleSets.evict();

            JsonNode readBack = http.get("/api/v1/results/" + before.get("token").asString()).json();
            JsonNode after = triage();

            assertThat(readBack).isEqualTo(withoutManageKey(before));
            assertThat(http.page("/r/" + before.get("token").asString()).body()).isEqualTo(pageBefore)
                .contains("rules version " + before.get("rulesVersion").asInt())
                .contains("Patellofemoral pain");
            assertThat(after.get("causes").get(0).get("name").asString()).isEqualTo("Renamed runner's knee");
            assertThat(stepDownReps(after)).isEqualTo(12);
            assertThat(stepDownReps(readBack)).isEqualTo(10);
        }
        finally {
            jdbc.update("UPDATE cause SET name = ? WHERE code = 'PFPS' AND rule_set_id = " + PUBLISHED, originalName);
            jdbc.update("UPDATE exercise SET reps = 10 WHERE code = 'STEP_DOWN' AND rule_set_id = " + PUBLISHED);
        }
    }

    private JsonNode triage() {
        Http.Response response = http.postJson("/api/v1/triage", FRONT_KNEE);
        assertThat(response.status()).isEqualTo(201);
        return response.json();
    }

    private static List<String> causeCodes(JsonNode result) {
        List<String> codes = new ArrayList<>();
        result.get("causes").forEach(c -> codes.add(c.get("code").asString()));
        return codes;
    }

    private static JsonNode withoutManageKey(JsonNode created) {
        ObjectNode copy = (ObjectNode) created.deepCopy();
        copy.remove("manageKey");
        copy.remove("manageUrl");
        return copy;
    }

    private static JsonNode cause(JsonNode result, String code) {
        for (JsonNode cause : result.get("causes")) {
            if (cause.get("code").asString().equals(code)) {
                return cause;
            }
        }
        throw new AssertionError("no cause " + code + " in " + result.get("causes"));
    }

    private static int stepDownReps(JsonNode result) {
        for (JsonNode exercise : result.get("plan").get("exercises")) {
            if (exercise.get("name").asString().equals("Step-downs")) {
                return exercise.get("reps").asInt();
            }
        }
        throw new AssertionError("no step-downs in the plan");
    }

}

package app.kneetriage.ruleadmin.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import app.kneetriage.support.LoggedInAdmin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Export and import of a whole rule set through the admin pages. */
@AdminTest
class RuleTransferTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @LoggedInAdmin
    AdminSession admin;

    @Test
    void exportThenImportYieldsAnIdenticalRuleSet() {
        // Version 3 is the seeded content of the triage contract's version 3, which the
        // test cases fit.
        HttpResponse<String> exported = admin.get("/admin/rules/export?version=3");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");

        HttpResponse<String> imported = importDocument(exported.body());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(303);
        String draftExport = admin.get("/admin/rules/export").body();
        assertThat(JSON.readTree(draftExport)).isEqualTo(JSON.readTree(exported.body()));
        assertThat(admin.get("/admin/rules").body()).contains("You are editing a draft").doesNotContain("Fails");
    }

    @ParameterizedTest
    @ValueSource(strings = { "not json", "{}", "{\"format\":\"something-else\"}", "UNKNOWN_EXERCISE",
            "BAD_CONDITION_FIELD", "BAD_OPERATOR", "EMPTY_REASON", "UNKNOWN_TOP_LEVEL_FIELD" })
    void aMalformedImportIsRefusedClearlyAndChangesNothing(String variant) {
        String good = admin.get("/admin/rules/export?version=3").body();
        String bad = switch (variant) {
            case "UNKNOWN_EXERCISE" -> good.replaceFirst("\"WALL_SIT\"", "\"NO_SUCH_EXERCISE\"");
            case "BAD_CONDITION_FIELD" -> good.replaceFirst("\"location\"", "\"kneeAngle\"");
            case "BAD_OPERATOR" -> good.replaceFirst("\"EQUALS\"", "\"ROUGHLY\"");
            case "EMPTY_REASON" -> good.replaceFirst("\"reason\" : \"[^\"]+\"", "\"reason\" : \"\"");
            case "UNKNOWN_TOP_LEVEL_FIELD" -> good.replaceFirst("\\{", "{ \"surprise\" : 1,");
            default -> variant;
        };
        assertThat(bad).isNotEqualTo(good);
        String draftBefore = admin.get("/admin/rules/export").body();
        long ruleSetsBefore = ruleSets();
        long auditBefore = jdbc.queryForObject("select count(*) from audit_entry", Long.class);

        HttpResponse<String> response = importDocument(bad);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("This file cannot be imported").doesNotContain("Exception");
        assertThat(admin.get("/admin/rules/export").body()).isEqualTo(draftBefore);
        assertThat(ruleSets()).isEqualTo(ruleSetsBefore);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(auditBefore);
    }

    @Test
    void aBrokenFileSaysWhereInPlainWordsNeverTheLibrarysMessage() {
        String export = admin.get("/admin/rules/export?version=3").body();
        String broken = export.replaceFirst("\"week\"\\s*:\\s*1", "\"week\": null");
        assertThat(broken).isNotEqualTo(export);
        long before = ruleSets();

        HttpResponse<String> refused = importDocument(broken);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The file could not be read at returnToRun, item 1, week (line")
            .doesNotContain("DeserializationFeature")
            .doesNotContain("Cannot map");
        assertThat(importDocument("{ not json").body()).contains("The file is not valid JSON (line 1)");
        assertThat(ruleSets()).as("nothing half-saved").isEqualTo(before);
    }

    @Test
    void anExportCanBeUploadedAsAFile() {
        byte[] export = admin.get("/admin/rules/export?version=3").body().getBytes(StandardCharsets.UTF_8);
        admin.get("/admin/rules/import");

        HttpResponse<String> imported = admin.postFile("/admin/rules/import", Map.of("document", ""), "file",
                "rules-v2.json", "application/json", export);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(303);
        admin.get("/admin/rules/import");
        HttpResponse<String> empty = admin.postForm("/admin/rules/import", Map.of("document", " "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Choose an export file or paste its text.");
    }

    private HttpResponse<String> importDocument(String document) {
        admin.get("/admin/rules/import");
        return admin.postForm("/admin/rules/import", Map.of("document", document));
    }

    private long ruleSets() {
        return jdbc.queryForObject("select count(*) from rule_set", Long.class);
    }

}

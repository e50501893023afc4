package app.kneetriage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import app.kneetriage.results.ResultService;
import app.kneetriage.support.AdminSession;
import app.kneetriage.support.Concurrently;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The runner's control over a shared result, through the JSON API and the pages it
 * affects.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class ShareControlApiTests {

    private static final String ANSWERS = TriageJson.keepRunningLess();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    String token;

    String manageKey;

    @BeforeEach
    void createResult() {
        http = new Http(port);
        JsonNode created = http.postJson("/api/v1/triage", ANSWERS).json();
        token = created.get("token").asString();
        manageKey = created.get("manageKey").asString();
    }

    @Test
    void deletesSentAtTheSameMomentAnswerAsIfAlreadyDeletedAndNeverFail() throws Exception {
        List<Integer> statuses = Concurrently.race(5, () -> new Http(port),
                client -> client.send("DELETE", "/api/v1/results/" + token, null, "X-Manage-Key", manageKey).status());

        assertThat(statuses).as("one deletes, the others find it gone")
            .contains(204)
            .allMatch(s -> s == 204 || s == 404 || s == 410);
        assertThat(http.get("/api/v1/results/" + token).status()).isEqualTo(410);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deleted_result", Long.class)).isPositive();
    }

    @Test
    void shareTokenAndManageKeyAreDistinctRandomSecretsAndTheKeyIsOnlyGivenOnce() {
        JsonNode created = http.postJson("/api/v1/triage", ANSWERS).json();

        String newToken = created.get("token").asString();
        String newKey = created.get("manageKey").asString();
        assertThat(newToken).isNotEqualTo(newKey);
        assertThat(Base64.getUrlDecoder().decode(newToken)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(Base64.getUrlDecoder().decode(newKey)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(created.get("manageUrl").asString()).endsWith("/m/" + newKey);
        JsonNode read = http.get("/api/v1/results/" + newToken).json();
        assertThat(read.has("manageKey")).isFalse();
        assertThat(read.has("manageUrl")).isFalse();
        assertThat(
                jdbc.queryForObject("select count(*) from triage_result where manage_key_hash = ?", Long.class, newKey))
            .isZero();
    }

    @Test
    void revokingMakesTheShareLinkGoneInHtmlAndJson() {
        assertThat(manage("POST", "/revoke", null, manageKey).status()).isEqualTo(204);

        Http.Response json = http.get("/api/v1/results/" + token);
        Http.Response page = http.page("/r/" + token);

        assertThat(json.status()).isEqualTo(410);
        assertThat(json.header("Content-Type")).startsWith("application/problem+json");
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.body()).contains("This result is no longer shared").doesNotContain("Iliotibial");
    }

    @Test
    void anExpiryInThePastEndsSharingAndNoExpiryBringsItBack() {
        assertThat(manage("PUT", "/expiry", "{\"expiresAt\":\"2020-01-01T00:00:00Z\"}", manageKey).status())
            .isEqualTo(204);
        assertThat(http.get("/api/v1/results/" + token).status()).isEqualTo(410);
        assertThat(http.page("/r/" + token).status()).isEqualTo(410);

        assertThat(manage("PUT", "/expiry", "{\"expiresAt\":null}", manageKey).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/results/" + token).status()).isEqualTo(200);
    }

    @Test
    void aNewResultIsSharedForNinetyDaysByDefault() throws Exception {
        assertThat(jdbc.queryForObject(
                "select count(*) from triage_result where token_hash = ? and expires_at > created_at + INTERVAL '89' DAY"
                        + " and expires_at < created_at + INTERVAL '91' DAY",
                Long.class, sha256(token)))
            .isEqualTo(1);
    }

    @Test
    void deletingErasesTheAnswersAndLeavesTheLinkGone() throws Exception {
        assertThat(manage("DELETE", "", null, manageKey).status()).isEqualTo(204);

        assertThat(jdbc.queryForObject("select count(*) from triage_result where token_hash = ?", Long.class,
                sha256(token)))
            .isZero();
        assertThat(http.get("/api/v1/results/" + token).status()).isEqualTo(410);
        assertThat(http.page("/r/" + token).status()).isEqualTo(410);
        assertThat(manage("POST", "/revoke", null, manageKey).status()).isEqualTo(404);
    }

    @Test
    void aWrongOrMissingManageKeyIsA404AndChangesNothing() {
        JsonNode other = http.postJson("/api/v1/triage", ANSWERS).json();
        String otherKey = other.get("manageKey").asString();

        for (String key : new String[] { null, "", "not-a-key", otherKey, token }) {
            assertThat(manage("POST", "/revoke", null, key).status()).as("revoke with %s", key).isEqualTo(404);
            assertThat(manage("PUT", "/expiry", "{\"expiresAt\":\"2020-01-01T00:00:00Z\"}", key).status())
                .isEqualTo(404);
            assertThat(manage("DELETE", "", null, key).status()).isEqualTo(404);
            assertThat(manage("POST", "/rerun", null, key).status()).isEqualTo(404);
        }

        assertThat(http.get("/api/v1/results/" + token).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/results/" + other.get("token").asString()).status()).isEqualTo(200);
    }

    /**
     * keep is what the manage form sends; new, its first name in the API, still works.
     */
    @ParameterizedTest
    @ValueSource(strings = { "keep", "new" })
    void reRunningThatKeepsTheLinkGivesANewResultAndLeavesTheOldOneAsItWas(String shareLink) {
        JsonNode before = http.get("/api/v1/results/" + token).json();

        Http.Response rerun = manage("POST", "/rerun?shareLink=" + shareLink, null, manageKey);

        assertThat(rerun.status()).isEqualTo(201);
        JsonNode fresh = rerun.json();
        assertThat(fresh.get("token").asString()).isNotEqualTo(token);
        assertThat(fresh.get("manageKey").asString()).isNotEqualTo(manageKey);
        assertThat(fresh.get("answers")).isEqualTo(before.get("answers"));
        assertThat(rerun.header("Location")).isEqualTo("/api/v1/results/" + fresh.get("token").asString());
        assertThat(http.get("/api/v1/results/" + token).json()).isEqualTo(before);
    }

    @Test
    void reRunningWithAShareLinkChoiceNobodyOffersIsRefusedNamingTheParameter() {
        Http.Response rerun = manage("POST", "/rerun?shareLink=copy", null, manageKey);

        assertThat(rerun.status()).isEqualTo(400);
        assertThat(rerun.header("Content-Type")).startsWith("application/problem+json");
        assertThat(rerun.json().get("errors").get(0).get("field").asString()).isEqualTo("shareLink");
        assertThat(http.get("/api/v1/results/" + token).status()).isEqualTo(200);
    }

    @Test
    void theManageFormKeepsTheLinkWithKeepAndNewAndRefusesAnythingElse() {
        JsonNode before = http.get("/api/v1/results/" + token).json();
        AdminSession runner = new AdminSession(port);
        runner.get("/m/" + manageKey);

        HttpResponse<String> bogus = runner.postForm("/m/" + manageKey + "/rerun", Map.of("shareLink", "copy"));
        HttpResponse<String> kept = runner.postForm("/m/" + manageKey + "/rerun", Map.of("shareLink", "keep"));
        HttpResponse<String> keptByOldName = runner.postForm("/m/" + manageKey + "/rerun", Map.of("shareLink", "new"));

        assertThat(bogus.statusCode()).isEqualTo(400);
        assertThat(List.of(kept, keptByOldName)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotEndWith("/r/" + token);
        });
        assertThat(http.get("/api/v1/results/" + token).json()).isEqualTo(before);
    }

    @Test
    void reRunningMovesTheShareLinkToTheNewResultWithTheOldOneAsHistory() {
        Http.Response rerun = manage("POST", "/rerun", null, manageKey);

        assertThat(rerun.status()).isEqualTo(201);
        String newKey = rerun.json().get("manageKey").asString();
        assertThat(rerun.json().get("token").asString()).isEqualTo(token);
        assertThat(newKey).isNotEqualTo(manageKey);
        String coachSees = http.page("/r/" + token).body();
        assertThat(coachSees).contains("Earlier checks").contains("Iliotibial band syndrome");
        // The old result is the runner's alone now: its manage link says where the link
        // went.
        assertThat(http.page("/m/" + manageKey).body()).contains("moved to your newer check");
        assertThat(manage("POST", "/revoke", null, manageKey).status()).isEqualTo(404);

        assertThat(manage("DELETE", "", null, newKey).status()).isEqualTo(204);
        assertThat(http.page("/r/" + token).status()).isEqualTo(410);
        assertThat(http.page("/m/" + manageKey).status()).as("the whole chain is deleted").isEqualTo(404);
    }

    @Autowired
    ResultService resultService;

    @Test
    void reRunningATurnedOffLinkGivesTheNewResultALinkOfItsOwn() {
        manage("POST", "/revoke", null, manageKey);

        Http.Response rerun = manage("POST", "/rerun", null, manageKey);

        assertThat(rerun.status()).isEqualTo(201);
        String newToken = rerun.json().get("token").asString();
        assertThat(newToken).isNotEqualTo(token);
        assertThat(http.page("/r/" + newToken).status()).isEqualTo(200);
        assertThat(http.page("/r/" + token).status()).as("still turned off").isEqualTo(410);
        assertThat(http.page("/m/" + manageKey).status()).isEqualTo(200);
    }

    @Test
    void deletingAnEarlierCheckLeavesTheLinkAndTheLatestCheck() {
        String newKey = manage("POST", "/rerun", null, manageKey).json().get("manageKey").asString();

        assertThat(http.page("/m/" + manageKey).body()).contains("moved to your newer check")
            .doesNotContain("every earlier check");

        resultService.delete(resultService.findManaged(manageKey).orElseThrow());

        assertThat(http.page("/m/" + manageKey).status()).isEqualTo(404);
        assertThat(http.page("/r/" + token).status()).isEqualTo(200);
        assertThat(http.page("/m/" + newKey).body()).contains("every earlier check");
    }

    @Test
    void anUnknownShareLinkChoiceIsA400NamingIt() {
        Http.Response response = manage("POST", "/rerun?shareLink=sideways", null, manageKey);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("shareLink");
    }

    @Test
    void aBadExpiryIsA400NamingTheField() {
        Http.Response response = manage("PUT", "/expiry", "{\"expiresAt\":\"next tuesday\"}", manageKey);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresAt");
        assertThat(manage("PUT", "/expiry", "{}", manageKey).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/results/" + token).status()).isEqualTo(200);
    }

    @Test
    void sharePagesAndManagePagesAreNeitherCachedNorIndexedNorReferred() {
        for (Http.Response response : new Http.Response[] { http.page("/r/" + token), http.page("/m/" + manageKey),
                http.get("/api/v1/results/" + token) }) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("X-Robots-Tag")).isEqualTo("noindex, nofollow");
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void openingAShareLinkSetsNoCookieAndItsTitleCarriesNoHealthDetails() {
        Http.Response page = http.page("/r/" + token);

        assertThat(page.header("Set-Cookie")).isNull();
        String head = page.body().substring(0, page.body().indexOf("</head>"));
        assertThat(head).contains("A runner shared a knee check with you")
            .doesNotContain("Iliotibial")
            .doesNotContain("knee pain")
            .doesNotContain("URGENT");
    }

    @Test
    void secretsNeverReachTheLogs(CapturedOutput output) {
        JsonNode created = http.postJson("/api/v1/triage", ANSWERS).json();
        String newToken = created.get("token").asString();
        String newKey = created.get("manageKey").asString();
        http.page("/r/" + newToken);
        http.page("/m/" + newKey);
        manage(newToken, "POST", "/revoke", null, newKey);
        manage(newToken, "DELETE", "", null, newKey);

        assertThat(output.getAll()).contains("Deleted result").doesNotContain(newToken).doesNotContain(newKey);
    }

    private Http.Response manage(String method, String suffix, String body, String key) {
        return manage(token, method, suffix, body, key);
    }

    private Http.Response manage(String resultToken, String method, String suffix, String body, String key) {
        String[] headers = key == null ? new String[0] : new String[] { "X-Manage-Key", key };
        return http.send(method, "/api/v1/results/" + resultToken + suffix, body, headers);
    }

    /** The share token as stored: only its SHA-256, in hex. */
    private static String sha256(String secret) throws Exception {
        return HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

}

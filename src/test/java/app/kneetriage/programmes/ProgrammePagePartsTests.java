package app.kneetriage.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The result's pages show the return to running through the part this module adds to
 * them: the coach's page the runner's week, chart and runs; the runner's page a card that
 * opens the tracker or offers to start it.
 */
@DatabaseTest
class ProgrammePagePartsTests {

    @LocalServerPort
    int port;

    Http http;

    String token;

    String key;

    @BeforeEach
    void reduceResult() {
        http = new Http(port);
        JsonNode created = http.postJson("/api/v1/triage", TriageJson.keepRunningLess()).json();
        token = created.get("token").asString();
        key = created.get("manageKey").asString();
    }

    @Test
    void beforeAStartTheRunnerIsOfferedOneAndTheCoachSeesNone() {
        assertThat(http.page("/m/" + key).body()).contains("class=\"programme-card\"")
            .contains("Start my return to running")
            .contains("/m/" + key + "/running");

        assertThat(http.page("/r/" + token).body()).contains("class=\"summary-card\"")
            .doesNotContain("result-part programme");
    }

    @Test
    void aStartedProgrammeShowsOnBothPages() {
        assertThat(manage("POST", "/programme", "{\"baselinePain\":1,\"days\":[\"MONDAY\",\"THURSDAY\"]}").status())
            .isEqualTo(201);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(manage("POST", "/sessions",
                "{\"date\":\"" + today + "\",\"walkMinutes\":20,\"runMinutes\":7,\"painDuring\":2}")
            .status()).isEqualTo(201);

        assertThat(http.page("/m/" + key).body()).contains("Log a run").doesNotContain("Start my return to running");
        String coach = http.page("/r/" + token).body();
        assertThat(coach).contains("result-part programme")
            .contains("class=\"progress-chart\"")
            .contains("/api/v1/results/" + token + "/programme.csv");
    }

    @Test
    void aResultWhoseLinkMovedOnOffersNoTrackerOfItsOwn() {
        assertThat(manage("POST", "/rerun", null).status()).isEqualTo(201);

        assertThat(http.page("/m/" + key).body()).doesNotContain("programme-card");
    }

    private Http.Response manage(String method, String path, String body) {
        return http.send(method, "/api/v1/results/" + token + path, body, "X-Manage-Key", key, "Content-Type",
                "application/json");
    }

}

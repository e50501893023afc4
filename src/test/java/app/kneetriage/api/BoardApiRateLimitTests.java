package app.kneetriage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Joining a board through the API tries a join code, so it counts against the join codes'
 * own allowance per address, the one the manage page's join uses: after ten tries in a
 * minute an address is answered 429 with a problem document, on the API and on the page,
 * while another address still gets through.
 */
@DatabaseTest
@TestPropertySource(properties = { "knee-triage.rate-limit.enabled=true", "server.forward-headers-strategy=native" })
class BoardApiRateLimitTests {

    @LocalServerPort
    int port;

    @Test
    void guessingJoinCodesThroughTheApiIsStoppedAfterTenTriesFromOneAddress() {
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        Http http = new Http(port);
        String joinCode = http
            .send("POST", "/api/v1/boards", "{\"boardName\": \"Limits\"}", "X-Forwarded-For", "198.51.100.8")
            .json()
            .get("joinCode")
            .asString();
        Runner guesser = runner(http);
        Runner elsewhere = runner(http);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(guesser.join("ABCD-EFG" + (i % 8), address).status());
        }
        Http.Response refused = guesser.join(joinCode, address);
        AdminSession page = new AdminSession(port).from(address);
        page.get("/m/" + guesser.manageKey());

        assertThat(statuses).containsOnly(400);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).matches("[0-9]+");
        assertThat(
                page.postForm("/m/" + guesser.manageKey() + "/boards/find", Map.of("joinCode", joinCode)).statusCode())
            .as("the manage page's join shares the allowance")
            .isEqualTo(429);
        assertThat(http
            .send("GET", "/api/v1/results/" + guesser.token() + "/boards", null, "X-Manage-Key", guesser.manageKey(),
                    "X-Forwarded-For", address)
            .status()).as("listing tries no code").isEqualTo(200);
        assertThat(elsewhere.join(joinCode, "192.0.2.45").status()).isEqualTo(201);
    }

    private Runner runner(Http http) {
        JsonNode created = http
            .send("POST", "/api/v1/triage", TriageJson.answers().json(), "X-Forwarded-For", "198.51.100.7")
            .json();
        return new Runner(http, created.get("token").asString(), created.get("manageKey").asString());
    }

    private record Runner(Http http, String token, String manageKey) {

        Http.Response join(String joinCode, String address) {
            return http.send("POST", "/api/v1/results/" + token + "/boards", "{\"joinCode\": \"" + joinCode + "\"}",
                    "X-Manage-Key", manageKey, "X-Forwarded-For", address);
        }

    }

}

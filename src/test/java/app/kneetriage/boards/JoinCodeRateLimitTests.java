package app.kneetriage.boards;

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

/**
 * Join codes are short, so trying them is limited per address as logins are: after ten
 * tries in a minute an address is answered 429, while another address still gets through.
 * The count is their own: a runner trying codes does not use up an admin's logins.
 */
@DatabaseTest
@TestPropertySource(properties = { "knee-triage.rate-limit.enabled=true", "server.forward-headers-strategy=native" })
class JoinCodeRateLimitTests {

    @LocalServerPort
    int port;

    @Test
    void guessingJoinCodesFromOneAddressIsStoppedAfterTenTries() {
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        String manageKey = new Http(port)
            .send("POST", "/api/v1/triage", TriageJson.answers().json(), "X-Forwarded-For", "198.51.100.7")
            .json()
            .get("manageKey")
            .asString();
        AdminSession guesser = new AdminSession(port).from(address);
        guesser.get("/m/" + manageKey);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(guesser.postForm("/m/" + manageKey + "/boards/find", Map.of("joinCode", "ABCD-EFG" + (i % 8)))
                .statusCode());
        }
        AdminSession elsewhere = new AdminSession(port).from("192.0.2.44");
        elsewhere.get("/m/" + manageKey);

        assertThat(statuses.subList(0, 10)).containsOnly(200);
        assertThat(statuses.subList(10, 12)).containsOnly(429);
        guesser.get("/login");
        assertThat(guesser.postForm("/login", Map.of("username", "nobody", "password", "wrong")).statusCode())
            .as("a login from the same address is counted apart")
            .isNotEqualTo(429);
        assertThat(elsewhere.postForm("/m/" + manageKey + "/boards/find", Map.of("joinCode", "ABCD-EFGH")).statusCode())
            .isEqualTo(200);
    }

}

package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Floods are answered 429 with Retry-After, per client address, at the default limits.
 * The test client connects from 127.0.0.1, a trusted proxy here, so each test is its own
 * client through X-Forwarded-For (on PostgreSQL the counters outlive the test run).
 */
@DatabaseTest
@TestPropertySource(properties = { "knee-triage.rate-limit.enabled=true", "server.forward-headers-strategy=native" })
class RateLimitTests {

    @LocalServerPort
    int port;

    Http http;

    String client;

    @BeforeEach
    void newClient() {
        http = new Http(port);
        client = randomAddress();
    }

    @Test
    void twentyResultsAMinuteFromOneAddressThenTooManyRequestsWithRetryAfter() {
        List<Integer> statuses = new ArrayList<>();
        Http.Response refused = null;
        for (int i = 0; i < 25; i++) {
            Http.Response response = http.send("POST", "/api/v1/triage", TriageJson.answers().json(), "X-Forwarded-For",
                    client);
            statuses.add(response.status());
            if (response.status() == 429) {
                refused = response;
            }
        }

        assertThat(statuses.subList(0, 20)).containsOnly(201);
        assertThat(statuses.subList(20, 25)).containsOnly(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("try again in");
        assertThat(http.send("POST", "/api/v1/triage", TriageJson.answers().json(), "X-Forwarded-For", randomAddress())
            .status()).as("another address has its own allowance").isEqualTo(201);
    }

    /**
     * A proxy appends the address it saw to whatever the client sent, so only the
     * right-most address not added by a trusted proxy is the client's; the ones to its
     * left are the client's own words.
     */
    @Test
    void behindATrustedProxyAClientCannotPickItsAddressByWritingTheHeaderItself() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            String forgedThenSeenByProxy = "203.0.113.%d, %s, 127.0.0.1".formatted(i, client);
            statuses.add(http
                .send("POST", "/api/v1/triage", TriageJson.answers().json(), "X-Forwarded-For", forgedThenSeenByProxy)
                .status());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(201);
        assertThat(statuses.get(20)).as("the forged left-most addresses do not make new clients").isEqualTo(429);
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64AndIpv4ByItsAddress() {
        assertThat(ClientAddresses.client("2001:db8:1:2::5")).isEqualTo(ClientAddresses.client("2001:db8:1:2:ff::1"))
            .isNotEqualTo(ClientAddresses.client("2001:db8:1:3::5"));
        assertThat(ClientAddresses.client("198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void aPercentEncodedPathIsCountedAsTheSamePath() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            statuses.add(http.send("POST", "/api/v1/%74riage", TriageJson.answers().json(), "X-Forwarded-For", client)
                .status());
        }

        assertThat(statuses.subList(0, 20)).containsOnly(201);
        assertThat(statuses.get(20)).isEqualTo(429);
    }

    @Test
    void theSymptomFormIsCountedTooAndAnsweredWithAPage() {
        Http.Response last = null;
        for (int i = 0; i < 21; i++) {
            last = http.send("POST", "/triage", null, "X-Forwarded-For", client, "Accept", "text/html", "Content-Type",
                    "application/x-www-form-urlencoded");
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotBlank();
        assertThat(last.header("Content-Type")).startsWith("text/html");
        assertThat(last.body()).contains("Too many requests in a short time").contains("Nothing from this request");
    }

    @Test
    void tenLoginsAMinuteFromOneAddressEvenWithTheRightPassword() {
        for (int i = 0; i < 10; i++) {
            Http.Response wrong = login(client, "nobody-" + i, "not-the-password-" + i);
            assertThat(wrong.status()).isNotEqualTo(429);
        }

        Http.Response right = login(client, "test-admin", "orchard-lantern-quietly-41");

        assertThat(right.status()).isEqualTo(429);
        assertThat(right.header("Set-Cookie")).isNull();
    }

    @Test
    void loginsSprayedFromManyAddressesDoNotKeepTheAdminOut() {
        for (int i = 0; i < 15; i++) {
            assertThat(login(randomAddress(), "test-admin", "guess-" + i).status()).isNotEqualTo(429);
        }

        Http.Response admin = login(client, "test-admin", "orchard-lantern-quietly-41");
        assertThat(admin.status()).isNotEqualTo(429);
    }

    @Test
    void aHundredAndTwentyAdminPagesAMinuteFromOneAddressSignedInOrNot() {
        List<Integer> statuses = new ArrayList<>();
        // The allowance refills gradually (two a second), so a few more may pass than
        // 120.
        for (int i = 0; i < 140; i++) {
            String path = (i % 2 == 0) ? "/admin/rules" : "/login";
            statuses.add(http.send("GET", path, null, "X-Forwarded-For", client, "Accept", "text/html").status());
        }

        assertThat(statuses.subList(0, 120)).containsOnly(302, 200);
        assertThat(statuses.subList(120, 140)).contains(429);
        assertThat(http.send("GET", "/triage", null, "X-Forwarded-For", client).status())
            .as("the runner's pages are not counted")
            .isEqualTo(200);
    }

    @Test
    void readingAResultIsNotLimited() {
        String token = http.send("POST", "/api/v1/triage", TriageJson.answers().json(), "X-Forwarded-For", client)
            .json()
            .get("token")
            .asString();

        for (int i = 0; i < 40; i++) {
            assertThat(http.send("GET", "/api/v1/results/" + token, null, "X-Forwarded-For", client).status())
                .isEqualTo(200);
        }
    }

    /**
     * A login form post without CSRF token: the limit is checked before Spring Security.
     */
    private Http.Response login(String address, String username, String password) {
        return http.send("POST", "/login", "username=" + username + "&password=" + password, "X-Forwarded-For", address,
                "Content-Type", "application/x-www-form-urlencoded");
    }

    /** An address from the documentation range 2001:db8::/32, different every time. */
    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:%x:%x::%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000),
                random.nextInt(1, 0x10000));
    }

}

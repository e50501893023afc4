package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Prometheus metrics for the configured scraper only: counts by urgency and top cause,
 * result views, and never a token, a key or an answer.
 */
@DatabaseTest
class MetricsTests {

    /** As set in the tests' application.properties. */
    private static final String SCRAPER_PASSWORD = "scraper-password-for-tests-0123";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void anAdminScrapesCountsThatNameNoRunner() {
        Http http = new Http(port);
        JsonNode created = http.postJson("/api/v1/triage", TriageJson.answers().durationDays(30).json()).json();
        String token = created.get("token").asString();
        http.get("/api/v1/results/" + token);

        Http.Response metrics = scrape("metrics", SCRAPER_PASSWORD);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("kneetriage_results_created_total\\{[^}]*top_cause=\"[A-Z_]+\"")
            .containsPattern("kneetriage_results_created_total\\{[^}]*urgency=\"SEE_PROFESSIONAL\"")
            .contains("kneetriage_results_views_total{found=\"SHARED\"")
            .doesNotContain(token)
            .doesNotContain(created.get("manageKey").asString())
            .doesNotContain("durationDays");
    }

    @Test
    void everySharedPageServedCountsAsOneViewAndCarriesNoValidator() {
        Http http = new Http(port);
        String token = http.postJson("/api/v1/triage", TriageJson.keepRunningLess()).json().get("token").asString();
        double before = sharedViews();

        Http.Response first = http.page("/r/" + token);
        Http.Response second = http.page("/r/" + token);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(sharedViews()).as("two pages served, two views").isEqualTo(before + 2);
        assertThat(second.header("Cache-Control")).isEqualTo("no-store");
        assertThat(second.header("ETag")).as("no-store: a browser never revalidates").isNull();
    }

    @Test
    void withoutTheScrapersCredentialsTheMetricsAreRefusedEvenToAnAdmin() {
        assertThat(new Http(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(scrape("metrics", "not-the-password-at-all").status()).isEqualTo(401);
        assertThat(scrape(AdminSession.USERNAME, AdminSession.PASSWORD).status())
            .as("an admin password is no scraper password")
            .isEqualTo(401);
    }

    private double sharedViews() {
        return meters.counter("kneetriage.results.views", "found", "SHARED").count();
    }

    private Http.Response scrape(String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(port).send("GET", "/actuator/prometheus", null, "Authorization", "Basic " + basic);
    }

}

package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;

import javax.sql.DataSource;

import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Every connection of the pool is in use while the database itself is fine: still 503
 * with Retry-After, but logged and counted as busy, not as the database being down
 * ({@code DatabaseOutageTests} checks the other side on PostgreSQL).
 */
@DatabaseTest
// Two: Flyway needs a second connection while it migrates at start-up.
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=2")
@ExtendWith(OutputCaptureExtension.class)
class DatabaseBusyTests {

    /** As set in the tests' application.properties. */
    private static final String SCRAPER_PASSWORD = "scraper-password-for-tests-0123";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aRequestFindingEveryConnectionInUseIsAnsweredBusyNotDatabaseDown(CapturedOutput output) throws Exception {
        Http http = new Http(port);
        Http.Response refused;
        try (Connection one = dataSource.getConnection(); Connection two = dataSource.getConnection()) {
            refused = http.postJson("/api/v1/triage", TriageJson.answers().json());
        }

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(output.getOut()).contains("Database busy").doesNotContain("Database unavailable");
        assertThat(scrape()).contains("kneetriage_database_refusals_total{reason=\"pool-exhausted\"} 1")
            .doesNotContain("reason=\"database-unreachable\"");
        assertThat(http.postJson("/api/v1/triage", TriageJson.answers().json()).status()).as("free again")
            .isEqualTo(201);
    }

    private String scrape() {
        String basic = Base64.getEncoder()
            .encodeToString(("metrics:" + SCRAPER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return new Http(port).send("GET", "/actuator/prometheus", null, "Authorization", "Basic " + basic).body();
    }

}

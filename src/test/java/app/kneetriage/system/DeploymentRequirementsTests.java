package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import app.kneetriage.KneeTriageApplication;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * What a deployment must configure (knee-triage.deployment), on the configured database:
 * a malformed public address stops the start-up; in production (single or shared) so do a
 * missing public address and a missing secret, whatever the database; locally neither is
 * needed; shared needs PostgreSQL; and any invalid setting stops the start naming it.
 */
@Tag("database")
class DeploymentRequirementsTests {

    private final String configuredUrl = System.getProperty("spring.datasource.url", "");

    @Test
    void aPublicUrlThatIsNoWebAddressStopsTheStart() {
        assertThatThrownBy(() -> start("--knee-triage.public-url=ftp://kneetriage.example"))
            .hasStackTraceContaining("knee-triage.public-url must be an address such as");
    }

    @Test
    void inProductionNoPublicUrlStopsTheStartWithTheSettingsName() {
        assertThatThrownBy(() -> start("--knee-triage.public-url=", "--knee-triage.deployment=single"))
            .hasStackTraceContaining("Set KNEE_TRIAGE_PUBLIC_URL")
            .hasStackTraceContaining("knee-triage.deployment=single");
    }

    @Test
    void inProductionNoSecretStopsTheStart() {
        assertThatThrownBy(() -> start("--knee-triage.public-url=https://kneetriage.example",
                "--knee-triage.encryption.secret=", "--knee-triage.deployment=single"))
            .hasStackTraceContaining("Set KNEE_TRIAGE_ENCRYPTION_SECRET");
    }

    @Test
    void sharedNeedsItsSecretWhateverTheDatabase() {
        assertThatThrownBy(() -> start("--knee-triage.public-url=https://kneetriage.example",
                "--knee-triage.encryption.secret=", "--knee-triage.deployment=shared"))
            .hasStackTraceContaining("Set KNEE_TRIAGE_ENCRYPTION_SECRET")
            .hasStackTraceContaining("knee-triage.deployment=shared");
    }

    @Test
    void sharedNeedsPostgresql() {
        Assumptions.assumeFalse(configuredUrl.startsWith("jdbc:postgresql:"), "runs on H2 only");
        assertThatThrownBy(
                () -> start("--knee-triage.public-url=https://kneetriage.example", "--knee-triage.deployment=shared"))
            .hasStackTraceContaining("knee-triage.deployment=shared needs PostgreSQL");
    }

    @Test
    void locallyNeitherIsNeededWhateverTheDatabase() {
        start("--knee-triage.public-url=", "--knee-triage.deployment=local");
    }

    @Test
    void anUnknownDeploymentStopsTheStart() {
        assertThatThrownBy(() -> start("--knee-triage.deployment=production"))
            .hasStackTraceContaining("knee-triage.deployment")
            .hasStackTraceContaining("production");
    }

    @Test
    void anInvalidLimitOrDurationStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> start("--knee-triage.rate-limit.triage-per-minute=0"))
            .hasStackTraceContaining("triagePerMinute");
        assertThatThrownBy(() -> start("--knee-triage.retention.max-age=0s")).hasStackTraceContaining("maxAge");
        assertThatThrownBy(() -> start("--knee-triage.metrics.password=short"))
            .hasStackTraceContaining("knee-triage.metrics.password needs at least 20 characters");
    }

    private void start(String... args) {
        String url = configuredUrl.startsWith("jdbc:postgresql:") ? configuredUrl
                : "jdbc:h2:mem:public-url-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        String[] all = new String[args.length + 3];
        all[0] = "--spring.datasource.url=" + url;
        all[1] = "--server.port=0";
        all[2] = "--spring.main.banner-mode=off";
        System.arraycopy(args, 0, all, 3, args.length);
        new SpringApplicationBuilder(KneeTriageApplication.class).run(all).close();
    }

}

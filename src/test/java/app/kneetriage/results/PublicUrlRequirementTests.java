package app.kneetriage.results;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import app.kneetriage.KneeTriageApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Links come from the configured public address: a malformed one stops the start-up, and
 * on PostgreSQL (with {@code -Ppostgres}) so does none at all.
 */
@Tag("database")
class PublicUrlRequirementTests {

    private final String configuredUrl = System.getProperty("spring.datasource.url", "");

    @Test
    void aPublicUrlThatIsNoWebAddressStopsTheStart() {
        assertThatThrownBy(() -> start("--knee-triage.public-url=ftp://kneetriage.example"))
            .hasStackTraceContaining("knee-triage.public-url must be an address such as");
    }

    @Test
    void onPostgresqlNoPublicUrlStopsTheStart() {
        String[] none = { "--knee-triage.public-url=" };
        if (configuredUrl.startsWith("jdbc:postgresql:")) {
            assertThatThrownBy(() -> start(none)).hasStackTraceContaining("Set KNEE_TRIAGE_PUBLIC_URL");
        }
        else {
            // The local H2 default follows the request instead.
            start(none);
        }
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

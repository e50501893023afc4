package app.kneetriage.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The app's own settings, everything under {@code knee-triage.*}, read and checked once
 * at start-up: a missing or invalid value stops the start with a message that names the
 * setting. application.properties gives the values of the retention, rate-limit and
 * request-body groups and says what each means; the defaults of the others are here.
 *
 * @param deployment what must be configured ({@link Deployment})
 * @param publicUrl the address runners use, e.g. {@code https://kneetriage.example}:
 * share and manage links are built from it; empty, they follow the request (local only)
 * @param encryption the server's secret
 * @param admin the first admin account, created on a start with none
 * @param metrics the Prometheus scraper's credentials
 * @param retention how long results are kept
 * @param rateLimit how many requests a client address may make a minute
 * @param requestBody how long the server waits for a request body
 */
@ConfigurationProperties("knee-triage")
@Validated
public record KneeTriageProperties(@DefaultValue("local") Deployment deployment, @DefaultValue("") String publicUrl,
        @Valid @DefaultValue Encryption encryption, @Valid @DefaultValue Admin admin,
        @Valid @DefaultValue Metrics metrics, @Valid @NotNull Retention retention, @Valid @NotNull RateLimit rateLimit,
        @Valid @NotNull RequestBody requestBody) {

    static final int MIN_SECRET_LENGTH = 32;

    static final int MIN_METRICS_PASSWORD = 20;

    /**
     * Share and manage links must not come from a request's Host header in production,
     * where a forged header would hand a runner a link to someone else's site; nor may
     * the secret be guessed or kept beside the database it protects.
     */
    public KneeTriageProperties {
        if (deployment == null) {
            throw new IllegalStateException(Deployment.SETTING + " must be local, single or shared");
        }
        publicUrl = (publicUrl == null) ? "" : publicUrl.strip();
        if (publicUrl.isEmpty() && deployment.isProduction()) {
            throw new IllegalStateException("Set KNEE_TRIAGE_PUBLIC_URL (knee-triage.public-url) to the address"
                    + " runners use, e.g. https://kneetriage.example: with " + deployment.describe()
                    + " share and manage links are built from it, never from the request");
        }
        if (!publicUrl.isEmpty() && !isWebAddress(publicUrl)) {
            throw new IllegalStateException("knee-triage.public-url must be an address such as"
                    + " https://kneetriage.example, not " + publicUrl);
        }
        if (encryption != null && encryption.secret().isEmpty() && deployment.isProduction()) {
            throw new IllegalStateException("Set KNEE_TRIAGE_ENCRYPTION_SECRET (knee-triage.encryption.secret) to"
                    + " a random value of at least " + MIN_SECRET_LENGTH + " characters, the same on every"
                    + " instance and never changed, e.g. from: openssl rand -base64 33 (required with "
                    + deployment.describe() + ")");
        }
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null;
        }
        catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The server's secret. It salts every result key and keys the flash cookie.
     *
     * @param secret at least {@value KneeTriageProperties#MIN_SECRET_LENGTH} characters;
     * required in production
     * @param secretFile where a local deployment without a secret keeps the one it
     * creates
     */
    public record Encryption(@DefaultValue("") String secret,
            @DefaultValue("./data/encryption-secret") Path secretFile) {

        public Encryption {
            secret = (secret == null) ? "" : secret.strip();
            if (!secret.isEmpty() && secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException("knee-triage.encryption.secret needs at least " + MIN_SECRET_LENGTH
                        + " characters, e.g. from: openssl rand -base64 33");
            }
        }

    }

    /**
     * The first admin account, created when there is none.
     *
     * @param username its name; empty: {@code admin}
     * @param password its password; empty: one is generated and logged once
     */
    public record Admin(@DefaultValue("") String username, @DefaultValue("") String password) {

        public Admin {
            username = (username == null) ? "" : username;
            password = (password == null) ? "" : password;
        }

    }

    /**
     * Credentials for a Prometheus scraper over HTTP Basic at
     * {@code /actuator/prometheus}; without a password the metrics are refused.
     *
     * @param username the scraper's name
     * @param password at least {@value KneeTriageProperties#MIN_METRICS_PASSWORD}
     * characters, or empty
     */
    public record Metrics(@DefaultValue("metrics") String username, @DefaultValue("") String password) {

        public Metrics {
            username = (username == null) ? "" : username;
            password = (password == null) ? "" : password;
            if (!password.isEmpty() && password.length() < MIN_METRICS_PASSWORD) {
                throw new IllegalStateException("knee-triage.metrics.password needs at least " + MIN_METRICS_PASSWORD
                        + " characters, e.g. from: openssl rand -base64 24");
            }
        }

    }

    /**
     * How long results are kept.
     *
     * @param afterEnd how long after its link stops working (expired or revoked) a result
     * is deleted
     * @param maxAge the longest any result is kept, also one shared "until turned off"
     * @param purgeInterval how often the purge runs
     * @param tombstones how long a deleted result's link still answers "gone" rather than
     * "not found"
     */
    public record Retention(@NotNull @DurationMin(nanos = 0) Duration afterEnd,
            @NotNull @DurationMin(nanos = 1) Duration maxAge, @NotNull @DurationMin(nanos = 1) Duration purgeInterval,
            @NotNull @DurationMin(nanos = 0) Duration tombstones) {

        public long afterEndDays() {
            return afterEnd.toDays();
        }

        public long maxAgeDays() {
            return maxAge.toDays();
        }

    }

    /**
     * How many requests one client address may make a minute, per kind of request.
     *
     * @param enabled whether requests are counted at all
     * @param triagePerMinute new results (the form, the API and re-runs)
     * @param loginPerMinute login attempts
     * @param joinCodesPerMinute join codes a runner tries on the manage page (looking a
     * board up and joining it): short codes, so guessing them is held back as logins are
     * @param managePerMinute changes to a shared result (revoke, share again, expiry,
     * delete)
     * @param adminPagesPerMinute admin pages and the login page opened (GET), signed in
     * or not: far more than a person clicks, far fewer than a flood
     */
    public record RateLimit(boolean enabled, @Min(1) int triagePerMinute, @Min(1) int loginPerMinute,
            @Min(1) int joinCodesPerMinute, @Min(1) int managePerMinute, @Min(1) int adminPagesPerMinute) {

    }

    /**
     * How long the server waits for a request body ({@link SlowBodyValve}).
     *
     * @param stallTimeout the longest a body may pause with no byte at all (Tomcat's
     * upload timeout)
     * @param grace how long any body may take, however small
     * @param minRate the pace a body must keep on top of the grace, per second
     */
    public record RequestBody(@NotNull @DurationMin(nanos = 1) Duration stallTimeout,
            @NotNull @DurationMin(nanos = 0) Duration grace, @NotNull DataSize minRate) {

        public RequestBody {
            if (minRate != null && minRate.toBytes() < 1) {
                throw new IllegalStateException("knee-triage.request-body.min-rate must be at least 1B");
            }
        }

    }

}

package app.kneetriage.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one client address may make a minute, per kind of request. Results,
 * logins and manage actions each have their own allowance; logins are also counted per
 * user name, so spreading guesses over many addresses does not help either.
 *
 * @param enabled whether requests are counted at all
 * @param triagePerMinute new results (the form, the API and re-runs)
 * @param loginPerMinute login attempts, per address and per user name
 * @param managePerMinute changes to a shared result (revoke, share again, expiry, delete)
 * @param adminPagesPerMinute admin pages and the login page opened (GET), signed in or
 * not: far more than a person clicks, far fewer than a flood
 */
@ConfigurationProperties("knee-triage.rate-limit")
public record RateLimitProperties(boolean enabled, int triagePerMinute, int loginPerMinute, int managePerMinute,
        int adminPagesPerMinute) {

    public RateLimitProperties {
        if (triagePerMinute < 1 || loginPerMinute < 1 || managePerMinute < 1 || adminPagesPerMinute < 1) {
            throw new IllegalArgumentException("knee-triage.rate-limit.*-per-minute must each be at least 1");
        }
    }

}

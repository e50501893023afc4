package app.kneetriage.admins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import app.kneetriage.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Failed logins are counted in the database, and the lock falls only once the count
 * reaches the limit.
 */
@RepositoryTest
class AdminUserRepositoryTests {

    private static final Instant NOW = Instant.parse("2031-01-01T00:00:00Z");

    private static final Instant UNTIL = NOW.plus(AdminUser.LOCK_TIME);

    @Autowired
    AdminUserRepository admins;

    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void addAdmin() {
        admins.saveAndFlush(new AdminUser("repo-test-admin", "{noop}x", NOW));
    }

    @Test
    void failuresBelowTheLimitDoNotLock() {
        for (int i = 1; i < AdminUser.MAX_FAILED_LOGINS; i++) {
            admins.countFailedLogin("repo-test-admin");
        }

        assertThat(admins.lockWhenTooManyFailures("repo-test-admin", AdminUser.MAX_FAILED_LOGINS, UNTIL)).isZero();
        assertThat(reload().isLocked(NOW)).isFalse();
    }

    @Test
    void theFailureThatReachesTheLimitLocksUntilTheGivenTime() {
        for (int i = 0; i < AdminUser.MAX_FAILED_LOGINS; i++) {
            admins.countFailedLogin("repo-test-admin");
        }

        assertThat(admins.lockWhenTooManyFailures("repo-test-admin", AdminUser.MAX_FAILED_LOGINS, UNTIL)).isOne();
        AdminUser locked = reload();
        assertThat(locked.isLocked(NOW)).isTrue();
        assertThat(locked.isLocked(UNTIL)).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsCountAndLock() {
        for (int i = 0; i < AdminUser.MAX_FAILED_LOGINS; i++) {
            admins.countFailedLogin("repo-test-admin");
        }
        admins.lockWhenTooManyFailures("repo-test-admin", AdminUser.MAX_FAILED_LOGINS, UNTIL);

        assertThat(admins.resetFailedLogins("repo-test-admin")).isOne();

        assertThat(reload().isLocked(NOW)).isFalse();
        admins.countFailedLogin("repo-test-admin");
        assertThat(admins.lockWhenTooManyFailures("repo-test-admin", AdminUser.MAX_FAILED_LOGINS, UNTIL)).isZero();
    }

    @Test
    void countingAnUnknownNameChangesNothing() {
        assertThat(admins.countFailedLogin("nobody-at-all")).isZero();
    }

    private AdminUser reload() {
        entityManager.clear();
        return admins.findByUsername("repo-test-admin").orElseThrow();
    }

}

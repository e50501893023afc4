package app.kneetriage.admins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import app.kneetriage.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Password checks are taken in the database: no more than the limit until the lock, none
 * while locked, a full allowance again once the lock runs out or a login succeeds.
 */
@RepositoryTest
class AdminUserRepositoryTests {

    private static final String NAME = "repo-test-admin";

    private static final int MAX = AdminUser.MAX_FAILED_LOGINS;

    private static final Instant NOW = Instant.parse("2031-01-01T00:00:00Z");

    private static final Instant UNTIL = NOW.plus(AdminUser.LOCK_TIME);

    @Autowired
    AdminUserRepository admins;

    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void addAdmin() {
        admins.saveAndFlush(new AdminUser(NAME, "{noop}x", NOW));
    }

    @Test
    void checksBelowTheLimitDoNotLock() {
        for (int i = 1; i < MAX; i++) {
            assertThat(admins.takePasswordCheck(NAME, MAX)).isOne();
        }

        assertThat(admins.lockWhenChecksUsedUp(NAME, MAX, UNTIL)).isZero();
        assertThat(reload().isLocked(NOW)).isFalse();
    }

    @Test
    void theLastCheckLocksAndNoFurtherCheckIsGivenUntilTheLockRunsOut() {
        for (int i = 0; i < MAX; i++) {
            assertThat(admins.takePasswordCheck(NAME, MAX)).isOne();
        }

        assertThat(admins.lockWhenChecksUsedUp(NAME, MAX, UNTIL)).isOne();
        assertThat(admins.lockWhenChecksUsedUp(NAME, MAX, UNTIL)).as("locked once").isZero();
        assertThat(admins.takePasswordCheck(NAME, MAX)).isZero();
        assertThat(admins.endExpiredLock(NAME, NOW)).as("still locked").isZero();
        assertThat(admins.takePasswordCheck(NAME, MAX)).isZero();
        AdminUser locked = reload();
        assertThat(locked.isLocked(NOW)).isTrue();
        assertThat(locked.isLocked(UNTIL)).isFalse();

        assertThat(admins.endExpiredLock(NAME, UNTIL)).isOne();
        assertThat(admins.takePasswordCheck(NAME, MAX)).isOne();
    }

    @Test
    void aSuccessfulLoginGivesTheFullAllowanceBack() {
        for (int i = 0; i < MAX; i++) {
            admins.takePasswordCheck(NAME, MAX);
        }
        admins.lockWhenChecksUsedUp(NAME, MAX, UNTIL);

        assertThat(admins.resetFailedLogins(NAME)).isOne();

        assertThat(reload().isLocked(NOW)).isFalse();
        for (int i = 0; i < MAX; i++) {
            assertThat(admins.takePasswordCheck(NAME, MAX)).isOne();
        }
    }

    @Test
    void anUnknownNameGetsNoCheck() {
        assertThat(admins.takePasswordCheck("nobody-at-all", MAX)).isZero();
    }

    private AdminUser reload() {
        entityManager.clear();
        return admins.findByUsername("repo-test-admin").orElseThrow();
    }

}

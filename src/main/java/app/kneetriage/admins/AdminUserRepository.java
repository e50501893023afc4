package app.kneetriage.admins;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AdminUserRepository extends JpaRepository<AdminUser, Long> {

    Optional<AdminUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AdminUser> findAllByOrderByUsername();

    /**
     * Every admin, locked for this transaction: two admins disabling each other at the
     * same moment take turns, and the second sees the first's change.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AdminUser a order by a.id")
    List<AdminUser> lockAll();

    /**
     * Clears the count once a lock has run out, so the account starts again with a full
     * allowance of password checks.
     */
    @Modifying
    @Query("update AdminUser a set a.failedLogins = 0, a.lockedUntil = null"
            + " where a.username = :username and a.lockedUntil <= :now")
    int endExpiredLock(@Param("username") String username, @Param("now") Instant now);

    /**
     * Takes one of the account's password checks before the password is compared: one
     * update, so that parallel logins queue on the row and no more than {@code max} get a
     * check while the account is not locked.
     * @return 1 if a check was taken, 0 if the account is locked or out of checks
     */
    @Modifying
    @Query("update AdminUser a set a.failedLogins = a.failedLogins + 1"
            + " where a.username = :username and a.lockedUntil is null and a.failedLogins < :max")
    int takePasswordCheck(@Param("username") String username, @Param("max") int max);

    /** Locks the account once its checks are used up. */
    @Modifying
    @Query("update AdminUser a set a.lockedUntil = :until"
            + " where a.username = :username and a.lockedUntil is null and a.failedLogins >= :max")
    int lockWhenChecksUsedUp(@Param("username") String username, @Param("max") int max, @Param("until") Instant until);

    @Modifying
    @Query("update AdminUser a set a.failedLogins = 0, a.lockedUntil = null where a.username = :username")
    int resetFailedLogins(@Param("username") String username);

}

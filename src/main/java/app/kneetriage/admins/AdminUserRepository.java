package app.kneetriage.admins;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AdminUserRepository extends JpaRepository<AdminUser, Long> {

    Optional<AdminUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AdminUser> findAllByOrderByUsername();

    /** Counted in the database, so that parallel guesses are all counted. */
    @Modifying
    @Query("update AdminUser a set a.failedLogins = a.failedLogins + 1 where a.username = :username")
    int countFailedLogin(@Param("username") String username);

    @Modifying
    @Query("update AdminUser a set a.lockedUntil = :until, a.failedLogins = 0"
            + " where a.username = :username and a.failedLogins >= :max")
    int lockWhenTooManyFailures(@Param("username") String username, @Param("max") int max,
            @Param("until") Instant until);

    @Modifying
    @Query("update AdminUser a set a.failedLogins = 0, a.lockedUntil = null where a.username = :username")
    int resetFailedLogins(@Param("username") String username);

}

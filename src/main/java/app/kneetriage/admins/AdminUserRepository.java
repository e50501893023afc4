package app.kneetriage.admins;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

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

}

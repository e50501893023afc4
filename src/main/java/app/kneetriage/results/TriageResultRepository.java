package app.kneetriage.results;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TriageResultRepository extends JpaRepository<TriageResult, Long> {

    Optional<TriageResult> findByTokenHash(String tokenHash);

    Optional<TriageResult> findByManageKeyHash(String manageKeyHash);

    /** A link's results, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from TriageResult r where r.chainId = :chainId order by r.id")
    List<TriageResult> findLockedByChainId(String chainId);

    /** The row, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from TriageResult r where r.id = :id")
    Optional<TriageResult> findLockedById(long id);

    /**
     * Claims the one showing of a new result's manage link: one update, so that of two
     * page views with the same flash cookie only one gets 1.
     */
    @Modifying
    @Query("update TriageResult r set r.manageLinkShown = true where r.id = :id and r.manageLinkShown = false")
    int markManageLinkShown(@Param("id") long id);

}

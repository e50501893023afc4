package app.kneetriage.results;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TriageResultRepository extends JpaRepository<TriageResult, Long> {

    Optional<TriageResult> findByTokenHash(String tokenHash);

    Optional<TriageResult> findByManageKeyHash(String manageKeyHash);

    List<TriageResult> findByChainId(String chainId);

    /** The row, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from TriageResult r where r.id = :id")
    Optional<TriageResult> findLockedById(long id);

}

package app.kneetriage.results;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TriageResultRepository extends JpaRepository<TriageResult, Long> {

    Optional<TriageResult> findByTokenHash(String tokenHash);

    Optional<TriageResult> findByManageKeyHash(String manageKeyHash);

    List<TriageResult> findByChainId(String chainId);

}

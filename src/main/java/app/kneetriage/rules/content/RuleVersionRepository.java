package app.kneetriage.rules.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored rule sets: one draft at most, and the numbered, published versions. */
public interface RuleVersionRepository extends JpaRepository<RuleVersion, Long> {

    @Query("select r.id from RuleVersion r where r.status = app.kneetriage.rules.content.RuleSetStatus.PUBLISHED"
            + " order by r.versionNumber desc")
    List<Long> findPublishedIdsNewestFirst(Limit limit);

    default Optional<Long> findLatestPublishedId() {
        return findPublishedIdsNewestFirst(Limit.of(1)).stream().findFirst();
    }

    Optional<RuleVersion> findFirstByStatus(RuleSetStatus status);

    Optional<RuleVersion> findByVersionNumber(int versionNumber);

    List<RuleVersion> findByStatusOrderByVersionNumberDesc(RuleSetStatus status);

    @Query("select coalesce(max(r.versionNumber), 0) from RuleVersion r")
    int findHighestVersionNumber();
}

package app.kneetriage.rules.content;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored rule sets: one draft at most, and the numbered, published versions. */
public interface RuleVersionRepository extends JpaRepository<RuleVersion, Long> {

    @Query("select r.id from RuleVersion r where r.status = :status order by r.versionNumber desc")
    List<Long> findIdsNewestFirst(@Param("status") RuleSetStatus status, Limit limit);

    default Optional<Long> findLatestPublishedId() {
        return findIdsNewestFirst(RuleSetStatus.PUBLISHED, Limit.of(1)).stream().findFirst();
    }

    Optional<RuleVersion> findFirstByStatus(RuleSetStatus status);

    /**
     * The first version ever published: a row that never changes or goes away, locked as
     * a publishing mutex.
     */
    default Optional<Long> findFirstPublishedId() {
        return findLowestId(RuleSetStatus.PUBLISHED);
    }

    @Query("select min(r.id) from RuleVersion r where r.status = :status")
    Optional<Long> findLowestId(@Param("status") RuleSetStatus status);

    /**
     * The draft, locked until the transaction ends: edits, imports and publishing of the
     * draft run one after the other, so a publish never picks up half of a concurrent
     * edit.
     */
    default Optional<RuleVersion> findDraftForUpdate() {
        return findByStatusForUpdate(RuleSetStatus.DRAFT);
    }

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RuleVersion r where r.status = :status")
    Optional<RuleVersion> findByStatusForUpdate(@Param("status") RuleSetStatus status);

    /**
     * A rule set locked until the transaction ends; publishing locks the live version to
     * number versions in turn.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RuleVersion r where r.id = :id")
    Optional<RuleVersion> findByIdForUpdate(@Param("id") long id);

    Optional<RuleVersion> findByVersionNumber(int versionNumber);

    List<RuleVersion> findByStatusOrderByVersionNumberDesc(RuleSetStatus status);

    @Query("select coalesce(max(r.versionNumber), 0) from RuleVersion r")
    int findHighestVersionNumber();

    /** The version runners get now. */
    default RuleVersion latestPublished() {
        long id = findLatestPublishedId().orElseThrow(() -> new IllegalStateException("nothing published"));
        return findById(id).orElseThrow();
    }

    /** The draft if there is one, otherwise the version runners get. */
    default RuleVersion draftOrLatestPublished() {
        return findFirstByStatus(RuleSetStatus.DRAFT).orElseGet(this::latestPublished);
    }

    /**
     * Takes the publishing lock for the rest of the transaction (the row of the first
     * published version, which never changes): starting a draft, importing, publishing
     * and rollback take turns, so there is one draft and version numbers never collide.
     * Returns the live version, read after the lock so that it is current.
     */
    default RuleVersion lockPublishing() {
        long first = findFirstPublishedId().orElseThrow(() -> new IllegalStateException("nothing published"));
        findByIdForUpdate(first).orElseThrow();
        return latestPublished();
    }

}

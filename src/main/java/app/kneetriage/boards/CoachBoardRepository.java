package app.kneetriage.boards;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface CoachBoardRepository extends CrudRepository<CoachBoard, Long> {

    Optional<CoachBoard> findByKeyHash(String keyHash);

    Optional<CoachBoard> findByJoinCodeHash(String joinCodeHash);

    /** Joins lock the board, so two at once cannot pass the limit of runners. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from CoachBoard b where b.id = :id")
    Optional<CoachBoard> findLockedById(@Param("id") long id);

    List<CoachBoard> findByIdIn(Collection<Long> ids);

    /** One update, so that of two views at once only one shows the board link notice. */
    @Modifying
    @Query("update CoachBoard b set b.boardLinkShown = true where b.id = :id and b.boardLinkShown = false")
    int markBoardLinkShown(@Param("id") long id);

    /**
     * Without touching the version, so a coach's rename at the same moment still saves. A
     * transaction of its own: the board page reads its rows outside one.
     */
    @Transactional
    @Modifying
    @Query("update CoachBoard b set b.lastUsedAt = :now where b.id = :id")
    int markUsed(@Param("id") long id, @Param("now") Instant now);

}

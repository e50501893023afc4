package app.kneetriage.boards;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface BoardMembershipRepository extends CrudRepository<BoardMembership, Long> {

    List<BoardMembership> findByBoardIdOrderByJoinedAt(long boardId);

    List<BoardMembership> findByTokenMac(String tokenMac);

    Optional<BoardMembership> findByBoardIdAndTokenMac(long boardId, String tokenMac);

    long countByBoardId(long boardId);

    @Modifying
    @Query("delete from BoardMembership m where m.tokenMac = :tokenMac")
    int deleteByTokenMac(@Param("tokenMac") String tokenMac);

}

package app.kneetriage.audit;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /** Newest first; a blank filter matches everything. */
    @Query("""
            select e from AuditEntry e
            where (:actor = '' or e.actor = :actor)
              and (:subjectType = '' or e.subjectType = :subjectType)
              and (:text = '' or lower(e.subject) like lower(concat('%', :text, '%')))
            order by e.occurredAt desc, e.id desc""")
    List<AuditEntry> search(@Param("actor") String actor, @Param("subjectType") String subjectType,
            @Param("text") String text, Limit limit);

}

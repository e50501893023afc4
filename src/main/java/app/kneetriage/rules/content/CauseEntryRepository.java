package app.kneetriage.rules.content;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CauseEntryRepository extends JpaRepository<CauseEntry, Long> {

}

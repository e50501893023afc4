package app.kneetriage.rules.content;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExerciseEntryRepository extends JpaRepository<ExerciseEntry, Long> {

}

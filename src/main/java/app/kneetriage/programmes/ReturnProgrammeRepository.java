package app.kneetriage.programmes;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnProgrammeRepository extends JpaRepository<ReturnProgramme, Long> {

    Optional<ReturnProgramme> findByResultId(long resultId);

}

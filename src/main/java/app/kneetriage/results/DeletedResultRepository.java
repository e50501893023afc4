package app.kneetriage.results;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeletedResultRepository extends JpaRepository<DeletedResult, String> {

}

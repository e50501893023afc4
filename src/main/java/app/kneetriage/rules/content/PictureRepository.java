package app.kneetriage.rules.content;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PictureRepository extends JpaRepository<PictureEntry, String> {

}

package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import app.kneetriage.KneeTriageApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded H2 database as a local user or a copy of its folder would see it: only the
 * app's own user can read it, and text deleted while the app ran is gone from the file
 * once the app has stopped (issue 23, findings 1 and 6).
 */
class EmbeddedDatabaseFilesTests {

    /** Text found nowhere else, as grep would look for a typed password. */
    private static final String DELETED_TEXT = "typed-password-Qz7xK2vW9";

    @TempDir
    Path dir;

    @Test
    void theFolderAndTheDatabaseFilesAreOwnerOnlyAndDeletedTextIsGoneAfterTheAppStops() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path leftOver = Files.writeString(data.resolve("db.trace.db"), "left by an earlier run");
        Files.setPosixFilePermissions(leftOver, PosixFilePermissions.fromString("rw-r--r--"));

        try (ConfigurableApplicationContext app = start(data.resolve("db"))) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            jdbc.execute("CREATE TABLE scratch (note VARCHAR(100))");
            for (int i = 0; i < 200; i++) {
                jdbc.update("INSERT INTO scratch VALUES (?)", DELETED_TEXT + i);
            }
            jdbc.execute("CHECKPOINT SYNC");
            jdbc.update("DELETE FROM scratch");
            jdbc.execute("DROP TABLE scratch");

            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(leftOver)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }

        try (var files = Files.list(data)) {
            assertThat(files.toList()).as("every file left after the stop")
                .allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------")));
        }
        Path database = data.resolve("db.mv.db");
        assertThat(Files.getPosixFilePermissions(database)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new String(Files.readAllBytes(database), StandardCharsets.ISO_8859_1)).doesNotContain(DELETED_TEXT);
    }

    @Test
    void onlyFileUrlsAreEmbeddedDatabaseFiles() {
        assertThat(EmbeddedDatabaseFolder.databaseFile("jdbc:h2:file:./data/knee-triage;WRITE_DELAY=0"))
            .contains(Path.of("data/knee-triage").toAbsolutePath());
        assertThat(EmbeddedDatabaseFolder.databaseFile("jdbc:h2:/srv/kt")).contains(Path.of("/srv/kt"));
        assertThat(EmbeddedDatabaseFolder.databaseFile("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
            .isEqualTo(Optional.empty());
        assertThat(EmbeddedDatabaseFolder.databaseFile("jdbc:h2:tcp://host/kt")).isEqualTo(Optional.empty());
        assertThat(EmbeddedDatabaseFolder.databaseFile("jdbc:postgresql://127.0.0.1:5432/kt"))
            .isEqualTo(Optional.empty());
    }

    /**
     * A plain close compacts for up to 200 ms, which tidies a small test database whole
     * but not a real one; with no time for that the test sees what a real file keeps.
     */
    private static ConfigurableApplicationContext start(Path database) {
        return new SpringApplicationBuilder(KneeTriageApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + database
                        + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0",
                "--server.port=0", "--spring.main.banner-mode=off");
    }

}

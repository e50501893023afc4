package app.kneetriage.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Keeps the folder of an embedded H2 file database, and the database files in it, to the
 * user the app runs as: H2 creates its files under the umask, usually readable by every
 * local user. Done before any bean, so before the pool opens the database, again once the
 * app is ready, and after the compaction at shutdown. Other databases are left alone.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseFolder {

    private static final String H2_URL = "jdbc:h2:";

    @Bean
    static BeanFactoryPostProcessor ownerOnlyEmbeddedDatabase(Environment environment) {
        return beanFactory -> databaseFile(environment.getProperty("spring.datasource.url", ""))
            .ifPresent(EmbeddedDatabaseFolder::ownerOnly);
    }

    /** A new database file is created when the pool first connects, under the umask. */
    @EventListener(ApplicationReadyEvent.class)
    void ownerOnlyOnceOpened(ApplicationReadyEvent ready) {
        databaseFile(ready.getApplicationContext().getEnvironment().getProperty("spring.datasource.url", ""))
            .ifPresent(EmbeddedDatabaseFolder::ownerOnly);
    }

    /**
     * The database's base path (without H2's suffixes) for a file URL such as
     * {@code jdbc:h2:file:./data/knee-triage;...} or {@code jdbc:h2:~/kt}; nothing for
     * in-memory, server and other URLs.
     */
    static Optional<Path> databaseFile(String url) {
        if (!url.startsWith(H2_URL)) {
            return Optional.empty();
        }
        String rest = url.substring(H2_URL.length());
        int settings = rest.indexOf(';');
        String name = (settings < 0) ? rest : rest.substring(0, settings);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        else if (name.matches("^[a-z]+:.*") && !name.matches("^[A-Za-z]:[\\\\/].*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip: and the like
        }
        if (name.isBlank()) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name).toAbsolutePath().normalize());
    }

    static void ownerOnly(Path database) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path folder = database.getParent();
        String prefix = database.getFileName().toString() + ".";
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().startsWith(prefix))
                    .toList()) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot make the database folder " + folder + " owner-only", e);
        }
    }

}

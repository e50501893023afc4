package app.kneetriage.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

/**
 * The server's secret: it salts every result key and keys the flash cookie. It must stay
 * the same for the life of the stored results: under another secret they no longer open.
 * In a production deployment ({@link Deployment}) it must be configured, never kept
 * beside the database it protects, and the same on every instance
 * ({@link KneeTriageProperties} stops the start without it). Locally without one, a
 * random secret is created once in a file beside the database and read from there on
 * every start.
 */
@Configuration(proxyBeanMethods = false)
class ServerSecretConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ServerSecretConfiguration.class);

    @Bean
    ServerSecret serverSecret(KneeTriageProperties settings) {
        String configured = settings.encryption().secret();
        if (configured.isEmpty()) {
            configured = secretFrom(settings.encryption().secretFile());
        }
        if (configured.length() < KneeTriageProperties.MIN_SECRET_LENGTH) {
            throw new IllegalStateException("The encryption secret in " + settings.encryption().secretFile()
                    + " needs at least " + KneeTriageProperties.MIN_SECRET_LENGTH
                    + " characters; set knee-triage.encryption.secret instead");
        }
        return new ServerSecret(configured.getBytes(StandardCharsets.UTF_8));
    }

    /** Flash attributes travel in an encrypted cookie, never in the session. */
    @Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager(ServerSecret serverSecret, CookieNames cookieNames) {
        return new CookieFlashMapManager(serverSecret, cookieNames);
    }

    private static String secretFrom(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[33];
            new SecureRandom().nextBytes(random);
            String created = Base64.getEncoder().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // Owner-only from the moment it exists, never readable under the umask.
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, created + "\n", StandardCharsets.UTF_8);
            log.warn("Created the encryption secret for stored results in {}. Keep it with the database and back"
                    + " it up with it: without it no stored result opens.", file.toAbsolutePath().normalize());
            return created;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the encryption secret " + file
                    + "; set knee-triage.encryption.secret instead", e);
        }
    }

}

package app.kneetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The recommended JVM flags are one line in one file, which the README quotes and the
 * image uses.
 */
class JvmFlagsTests {

    @Test
    void theReadmeQuotesTheFlagsAndTheDockerfileUsesTheFile() throws IOException {
        String flags = Files.readString(Path.of("bench", "jvm-flags")).strip();

        assertThat(flags).doesNotContain("\n").contains("-Xmx").contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(Files.readString(Path.of("README.md"))).contains(flags);
        assertThat(Files.readString(Path.of("Dockerfile"))).contains("COPY bench/jvm-flags /app/jvm-flags")
            .contains("$(cat /app/jvm-flags)");
    }

}

package app.kneetriage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import app.kneetriage.support.Vignettes;
import org.junit.jupiter.api.Test;

/**
 * The tests read only the repository's own files; the shared folder is the upstream of
 * some of them. Where it is present (as in CI), a copy that drifted from it fails here,
 * with what to do about it.
 */
class SharedFilesTests {

    @Test
    void theRepositoryCopyOfTheVignettesHoldsCases() {
        assertThat(Vignettes.load()).hasSizeGreaterThanOrEqualTo(66);
    }

    @Test
    void theRepositoryCopyOfTheVignettesMatchesTheSharedFile() throws IOException {
        Optional<Path> upstream = Vignettes.upstream();
        assumeTrue(upstream.isPresent(), "no shared folder beside the checkout: nothing to compare with");

        String shared = Files.readString(upstream.get(), StandardCharsets.UTF_8);
        String copy = new String(Vignettes.repositoryCopy(), StandardCharsets.UTF_8);

        assertThat(copy)
            .as("src/test/resources/vignettes/%s differs from %s: copy the shared file into the repository",
                    Vignettes.FILE, upstream.get())
            .isEqualTo(shared);
    }

}

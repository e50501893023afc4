package app.kneetriage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine stays plain Java: no framework may creep into the clinical logic. Only the
 * package's module declaration for Spring Modulith (metadata read by ModularityTests,
 * never by the engine) may name Spring.
 */
class RulesPurityTests {

    @Test
    void theEnginePackageImportsNoSpringJpaOrJackson() throws IOException {
        Path engine = Path.of("src/main/java/app/kneetriage/rules");
        List<Path> sources;
        try (Stream<Path> files = Files.list(engine)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }

        assertThat(sources).hasSizeGreaterThan(10);
        for (Path source : sources) {
            String code = Files.readString(source);
            if (source.endsWith("package-info.java")) {
                code = code.replaceAll("(?m)^import org\\.springframework\\.modulith\\.ApplicationModule;$", "");
            }
            assertThat(code).as(source.toString())
                .doesNotContain("org.springframework")
                .doesNotContain("jakarta.")
                .doesNotContain("tools.jackson")
                .doesNotContain("com.fasterxml");
        }
    }

}

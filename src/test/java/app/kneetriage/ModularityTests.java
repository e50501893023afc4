package app.kneetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages are modules with one-way dependencies: no cycles, and no module
 * reaching into another's internals (only top-level packages and named interfaces are
 * open to others).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KneeTriageApplication.class);

    @Test
    void modulesDependOnEachOtherOneWayAndOnlyThroughTheirApi() {
        MODULES.verify();
    }

    /**
     * Module diagrams and canvases for readers, generated into target/, never committed.
     */
    @Test
    void documentsTheModulesUnderTarget() throws IOException {
        new Documenter(MODULES).writeDocumentation();

        try (Stream<Path> files = Files.list(Path.of("target", "spring-modulith-docs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("components.puml", "module-ruleadmin.adoc");
        }
    }

}

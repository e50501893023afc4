package app.kneetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages are modules with one-way dependencies: no cycles, no module
 * reaching into another's internals (only top-level packages and named interfaces are
 * open to others), and none using a module it has not declared.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KneeTriageApplication.class);

    @Test
    void modulesDependOnEachOtherOneWayAndOnlyThroughTheirApi() {
        MODULES.verify();
    }

    /**
     * Every module says which others it may use, so that a new arrow is a decision, not
     * an import that slipped in: without a declaration Spring Modulith would allow any.
     */
    @Test
    void everyModuleDeclaresTheModulesItMayUse() {
        assertThat(MODULES.stream().map(module -> module.getBasePackage().getName())).isNotEmpty()
            .allSatisfy(basePackage -> assertThat(declaredDependencies(basePackage)).as(basePackage)
                .doesNotContain(ApplicationModule.OPEN_TOKEN));
    }

    private static String[] declaredDependencies(String basePackage) {
        try {
            ApplicationModule module = Class.forName(basePackage + ".package-info")
                .getAnnotation(ApplicationModule.class);
            return module == null ? new String[] { ApplicationModule.OPEN_TOKEN } : module.allowedDependencies();
        }
        catch (ClassNotFoundException noPackageInfo) {
            return new String[] { ApplicationModule.OPEN_TOKEN };
        }
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

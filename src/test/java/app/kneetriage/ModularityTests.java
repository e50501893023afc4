package app.kneetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages are modules with one-way dependencies: no cycles, no module
 * reaching into another's internals (only top-level packages and named interfaces are
 * open to others), and none using a module it has not declared.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KneeTriageApplication.class);

    static final List<String> SHARED_TEMPLATE_FOLDERS = List.of("fragments", "error");

    static final Pattern TEMPLATE_INCLUDE = Pattern.compile("~\\{\\s*([a-z-]+)/");

    static final String UML_FOLDER = "target/spring-modulith-docs/uml";

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
        // The same overview as a plain UML diagram, which the README's picture is drawn
        // from.
        new Documenter(MODULES, Options.defaults().withOutputFolder(UML_FOLDER))
            .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML));

        try (Stream<Path> files = Files.list(Path.of("target", "spring-modulith-docs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("components.puml", "module-ruleadmin.adoc");
        }
    }

    /**
     * The README's picture of the modules is drawn from docs/modules.puml, so that file
     * must say what the code says: a new module or arrow fails here until
     * {@code tools/module_picture.sh} redraws it.
     */
    @Test
    void theReadmePictureShowsTheModulesAndArrowsOfTheCode() throws IOException {
        new Documenter(MODULES, Options.defaults().withOutputFolder(UML_FOLDER))
            .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML));
        Path drawn = Path.of(UML_FOLDER, "components.puml");
        Path committed = Path.of("docs", "modules.puml");
        if ("write".equals(System.getProperty("modules.picture"))) {
            Files.copy(drawn, committed, StandardCopyOption.REPLACE_EXISTING);
        }

        // Compared line by line, in any order: the documenter's order of modules may
        // change.
        assertThat(Files.readAllLines(committed)).as("docs/modules.puml, redrawn by tools/module_picture.sh")
            .containsExactlyInAnyOrderElementsOf(Files.readAllLines(drawn));
    }

    /**
     * Templates sit in their module's folder, and one module's template includes
     * another's only along a declared arrow, so an include cannot go around the check
     * above. The shared layout and fields live in fragments/, and Spring Boot's error
     * pages in error/.
     */
    @Test
    void templatesIncludeOtherModulesTemplatesOnlyAlongDeclaredArrows() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        List<String> modules = MODULES.stream()
            .map(module -> module.getBasePackage().getName().substring("app.kneetriage.".length()))
            .toList();
        List<String> stray = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Path relative = templates.relativize(file);
                String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                boolean shared = SHARED_TEMPLATE_FOLDERS.contains(folder) || relative.toString().equals("error.html");
                if (!shared && !modules.contains(folder)) {
                    stray.add(relative.toString());
                    continue;
                }
                Matcher include = TEMPLATE_INCLUDE.matcher(Files.readString(file));
                while (include.find()) {
                    String target = include.group(1);
                    boolean allowed = target.equals(folder) || SHARED_TEMPLATE_FOLDERS.contains(target)
                            || (!shared && Arrays.stream(declaredDependencies("app.kneetriage." + folder))
                                .anyMatch(dependency -> dependency.split(" ")[0].equals(target)));
                    if (!allowed) {
                        undeclared.add(relative + " includes " + target + "/");
                    }
                }
            }
        }
        assertThat(stray).as("templates outside a module's folder and the shared ones").isEmpty();
        assertThat(undeclared).as("includes along an arrow the module does not declare").isEmpty();
    }

}

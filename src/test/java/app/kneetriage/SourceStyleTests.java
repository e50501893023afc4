package app.kneetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * House rules the formatter does not check: imports in one order (static, then java, then
 * the rest, each sorted), names imported rather than written out in full, and small
 * classes.
 */
class SourceStyleTests {

    /** A qualified type name used in code, e.g. {@code java.util.Set.of(...)}. */
    private static final Pattern QUALIFIED_NAME = Pattern
        .compile("(^|[^.\\w\"])(java|javax|jakarta|org|app|tools|com)\\.[a-z]+\\.[\\w.]*\\.[A-Z]\\w*");

    private static final int MAX_MAIN_CLASS_LINES = 250;

    @Test
    void importsAreGroupedAndSorted() {
        List<String> unsorted = new ArrayList<>();
        for (Path source : sources("src/main/java", "src/test/java")) {
            List<String> imports = lines(source).stream().filter(l -> l.startsWith("import ")).toList();
            List<String> expected = new ArrayList<>();
            expected.addAll(imports.stream().filter(l -> l.startsWith("import static ")).sorted().toList());
            expected.addAll(imports.stream().filter(l -> l.startsWith("import java")).sorted().toList());
            expected.addAll(imports.stream()
                .filter(l -> !l.startsWith("import static ") && !l.startsWith("import java"))
                .sorted()
                .toList());
            if (!imports.equals(expected)) {
                unsorted.add(source.toString());
            }
        }
        assertThat(unsorted).as("files whose imports are not static, java, others, each sorted").isEmpty();
    }

    @Test
    void codeUsesImportedNamesNotQualifiedOnes() {
        List<String> qualified = new ArrayList<>();
        for (Path source : sources("src/main/java", "src/test/java")) {
            List<String> lines = lines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                boolean code = !line.startsWith("import ") && !line.startsWith("package ") && !line.startsWith("*")
                        && !line.startsWith("/*") && !line.startsWith("//");
                if (code && QUALIFIED_NAME.matcher(line).find()) {
                    qualified.add(source + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(qualified).isEmpty();
    }

    @Test
    void noMainClassIsLongerThan250Lines() {
        List<String> tooLong = sources("src/main/java").stream()
            .filter(source -> lines(source).size() > MAX_MAIN_CLASS_LINES)
            .map(source -> source + " (" + lines(source).size() + " lines)")
            .toList();
        assertThat(tooLong).isEmpty();
    }

    private static List<Path> sources(String... roots) {
        List<Path> sources = new ArrayList<>();
        for (String root : roots) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(sources).isNotEmpty();
        return sources;
    }

    private static List<String> lines(Path source) {
        try {
            return Files.readAllLines(source);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

package app.kneetriage.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worked cases the tests run: the repository's own copy in
 * {@code src/test/resources/vignettes/}, so a clone with nothing beside it can test
 * itself. The upstream file in {@code ../shared/vignettes/} (or the folder named by the
 * {@code knee-triage.shared-dir} system property) is only compared with that copy, by
 * {@code SharedFilesTests}, when it is there.
 */
public final class Vignettes {

    /**
     * The file name, both in the repository's copy and upstream: version 3 of the
     * contract's cases (which supersedes version 2's).
     */
    public static final String FILE = "public-v3.json";

    private static final String RESOURCE = "/vignettes/" + FILE;

    private Vignettes() {
    }

    /**
     * @param running the exact running answer, or {@code null} when the case does not say
     * @param firstDays whether the first days' advice appears, or {@code null} when the
     * case does not say
     * @param mustNot what must not hold for the answer ({@code urgency:X},
     * {@code running:X}, {@code top:CODE}, {@code cause:CODE}, {@code exercise:NAME},
     * {@code anyExercise}, {@code returnToRun}, {@code firstDays}, {@code text:REGEX})
     * @param mustSay regular expressions the answer's texts, joined by newlines, must
     * match
     */
    public record Vignette(String id, String title, JsonNode answers, String urgency, List<String> top,
            List<String> includes, String running, Boolean firstDays, List<String> mustNot, List<String> mustSay) {

        @Override
        public String toString() {
            return id + " " + title;
        }
    }

    public static List<Vignette> load() {
        JsonNode root = JsonMapper.builder().build().readTree(repositoryCopy());
        List<Vignette> vignettes = new ArrayList<>();
        for (JsonNode v : root.get("vignettes")) {
            JsonNode expect = v.get("expect");
            vignettes.add(new Vignette(v.get("id").asString(), v.get("title").asString(), v.get("answers"),
                    expect.get("urgency").asString(), strings(expect.get("top")), strings(expect.get("includes")),
                    expect.has("running") ? expect.get("running").asString() : null,
                    expect.has("firstDays") ? expect.get("firstDays").asBoolean() : null,
                    expect.has("mustNot") ? strings(expect.get("mustNot")) : List.of(),
                    expect.has("mustSay") ? strings(expect.get("mustSay")) : List.of()));
        }
        return vignettes;
    }

    /** The bytes of the repository's copy. */
    public static byte[] repositoryCopy() {
        try (InputStream in = Vignettes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the repository's copy of the vignettes is missing: " + RESOURCE);
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upstream file, when the shared folder is beside the checkout. */
    public static Optional<Path> upstream() {
        Path file = Path.of(System.getProperty("knee-triage.shared-dir", "../shared"), "vignettes", FILE);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

}

package app.kneetriage.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared worked cases ({@code ../shared/vignettes/public.json}, or the folder named by the
 * {@code knee-triage.shared-dir} system property). A missing file fails the tests rather than
 * skipping them.
 */
public final class Vignettes {

    private Vignettes() {
    }

    public record Vignette(String id, String title, JsonNode answers, String urgency, List<String> top,
            List<String> includes) {

        @Override
        public String toString() {
            return id + " " + title;
        }
    }

    public static List<Vignette> load() {
        Path file = Path.of(System.getProperty("knee-triage.shared-dir", "../shared"), "vignettes", "public.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("vignettes not found at " + file.toAbsolutePath());
        }
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        List<Vignette> vignettes = new ArrayList<>();
        for (JsonNode v : root.get("vignettes")) {
            JsonNode expect = v.get("expect");
            vignettes.add(new Vignette(v.get("id").asString(), v.get("title").asString(), v.get("answers"),
                    expect.get("urgency").asString(), strings(expect.get("top")), strings(expect.get("includes"))));
        }
        return vignettes;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}

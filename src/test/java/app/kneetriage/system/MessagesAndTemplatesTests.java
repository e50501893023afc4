package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.PainCharacter;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.Side;
import app.kneetriage.rules.Timing;
import app.kneetriage.rules.Urgency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text a page shows comes from the message bundle: templates hold no literal text,
 * every message key they name exists, and every answer has a label.
 */
class MessagesAndTemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    static Properties messages;

    @BeforeAll
    static void loadMessages() throws IOException {
        messages = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                literals.add(TEMPLATES.relativize(template) + ": " + text.group(1).strip());
            }
        }

        assertThat(literals).isEmpty();
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher key = STATIC_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!messages.containsKey(key.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
                }
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void everyAnswerAndUrgencyHasItsTexts() {
        List<String> keys = new ArrayList<>();
        Stream.of(Location.values()).forEach(v -> keys.add("answer.location." + v));
        Stream.of(Side.values()).forEach(v -> keys.add("answer.side." + v));
        Stream.of(PainCharacter.values()).forEach(v -> keys.add("answer.character." + v));
        Stream.of(Onset.values()).forEach(v -> keys.add("answer.onset." + v));
        Stream.of(Timing.values()).forEach(v -> keys.add("answer.timing." + v));
        Stream.of(RedFlag.values()).forEach(v -> keys.add("answer.redFlags." + v));
        Stream.of(Urgency.values()).forEach(v -> {
            keys.add("result.urgency." + v + ".label");
            keys.add("result.urgency." + v + ".text");
        });
        Stream
            .of("location", "side", "character", "onset", "previousEpisodes", "dailyActivitiesAffected", "timing",
                    "painScore", "addedSpeedAndHills", "newOrReturning", "runsOnCamberedRoads", "redFlags")
            .forEach(field -> keys.add("form." + field + ".legend"));

        assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

}

package app.kneetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The stylesheet's blocks close where they should. A media query left open makes every
 * rule after it apply on phones only, which no browser reports: the PSFS styles were lost
 * on wide screens that way.
 */
class StylesheetTests {

    private static final Path STYLESHEET = Path.of("src/main/resources/static/css/knee-triage.css");

    @Test
    void everyBlockClosesAndOnlyAtRulesHoldRules() throws IOException {
        String css = Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
        Deque<String> open = new ArrayDeque<>();
        List<String> problems = new ArrayList<>();
        StringBuilder prelude = new StringBuilder();
        for (char c : css.toCharArray()) {
            if (c == '{') {
                String selector = prelude.toString().strip();
                if (!open.isEmpty() && !open.peek().startsWith("@")) {
                    problems.add("\"" + selector + "\" opens inside \"" + open.peek() + "\"");
                }
                open.push(selector);
                prelude.setLength(0);
            }
            else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add("a } closes nothing");
                }
                else {
                    open.pop();
                }
                prelude.setLength(0);
            }
            else if (c == ';') {
                prelude.setLength(0);
            }
            else {
                prelude.append(c);
            }
        }
        open.forEach(selector -> problems.add("\"" + selector + "\" is never closed"));
        assertThat(problems).isEmpty();
    }

}

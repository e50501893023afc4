package app.kneetriage.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ProgrammeRefusalTests {

    @Test
    void everyRefusalIsExplainedByAMessageOfItsOwn() throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }

        assertThat(ProgrammeRefusal.values())
            .allSatisfy(refusal -> assertThat(messages).as(refusal.name()).containsKey(refusal.messageKey()))
            .extracting(ProgrammeRefusal::messageKey)
            .doesNotHaveDuplicates();
    }

}

package app.kneetriage.ruleadmin.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Where a problem is, in words, and the input it links to. */
class FieldLabelsTests {

    static final FieldLabels LABELS;

    static {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        LABELS = new FieldLabels(messages);
    }

    @Test
    void aPathReadsAsItemsCountedFromOneAndTheInputsLabel() {
        assertThat(LABELS.of("pattern[1].weight")).isEqualTo("Condition 2 \u203A Weight");
        assertThat(LABELS.of("rows[3].condition.parts[1].number")).isEqualTo("Item 4 \u203A part 2 \u203A Number");
        assertThat(LABELS.of("rankFirstWhen.parts[0].answers"))
            .isEqualTo("Rank first when \u203A part 1 \u203A Answers that count");
        assertThat(LABELS.of("name")).isEqualTo("Name");
    }

    @Test
    void theLinkGoesToTheInputAndToTheFirstOfARowOfTickBoxes() {
        assertThat(LABELS.anchor("rows[3].condition.number")).isEqualTo("rows3.condition.number");
        assertThat(LABELS.anchor("rows[3].condition.answers")).isEqualTo("rows3.condition.answers1");
        assertThat(LABELS.anchor("expectedTop[0]")).as("a bad tick of a row").isEqualTo("expectedTop1");
    }

}

package app.kneetriage.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import app.kneetriage.rules.Codes;
import app.kneetriage.rules.TextLimits;
import app.kneetriage.support.RepositoryTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema's columns are exactly as wide as the limits the engine and the forms check.
 */
@RepositoryTest
class ContentColumnsTests {

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> columns() {
        return Stream.of(Arguments.of("cause", "code", Codes.MAX_LENGTH),
                Arguments.of("exercise", "code", Codes.MAX_LENGTH), Arguments.of("cause", "name", TextLimits.NAME),
                Arguments.of("exercise", "name", TextLimits.NAME),
                Arguments.of("cause", "explanation", TextLimits.EXPLANATION),
                Arguments.of("cause", "rank_first_when", TextLimits.CONDITION),
                Arguments.of("pattern_item", "condition_json", TextLimits.CONDITION),
                Arguments.of("pattern_item", "reason", TextLimits.REASON),
                Arguments.of("urgency_rule", "condition_json", TextLimits.CONDITION),
                Arguments.of("urgency_rule", "reason", TextLimits.REASON),
                Arguments.of("exercise", "aim", TextLimits.AIM), Arguments.of("exercise", "how_to", TextLimits.HOW_TO),
                Arguments.of("exercise", "caution", TextLimits.CAUTION),
                Arguments.of("advice", "condition_json", TextLimits.CONDITION),
                Arguments.of("advice", "advice_text", TextLimits.ADVICE),
                Arguments.of("return_step", "description", TextLimits.RETURN_STEP),
                Arguments.of("test_case", "name", TextLimits.NAME),
                Arguments.of("exercise", "progression", TextLimits.PROGRESSION),
                Arguments.of("cause", "list_when_weak", TextLimits.CONDITION),
                Arguments.of("running_rule", "running_text", TextLimits.RUNNING),
                Arguments.of("running_rule", "condition_json", TextLimits.CONDITION),
                Arguments.of("running_rule", "when_top_cause", Codes.MAX_LENGTH),
                Arguments.of("section_rule", "condition_json", TextLimits.CONDITION));
    }

    @ParameterizedTest(name = "{0}.{1} holds {2} characters")
    @MethodSource("columns")
    void columnWidthMatchesTheLimit(String table, String column, int limit) {
        Integer width = jdbc.queryForObject("select character_maximum_length from information_schema.columns"
                + " where lower(table_name) = ? and lower(column_name) = ?", Integer.class, table, column);

        assertThat(width).isEqualTo(limit);
    }

}

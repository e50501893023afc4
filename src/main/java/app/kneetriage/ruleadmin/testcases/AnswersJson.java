package app.kneetriage.ruleadmin.testcases;

import java.util.EnumSet;
import java.util.Set;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.PainCharacter;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.Side;
import app.kneetriage.rules.Timing;
import app.kneetriage.rules.Training;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a test case's answers, written as a triage request of the contract. Problems are
 * reported as one readable message, for the test-case form.
 */
final class AnswersJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AnswersJson() {
    }

    static Answers parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        }
        catch (JacksonException e) {
            throw new IllegalArgumentException("The answers are not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The answers must be a JSON object like a triage request.");
        }
        JsonNode training = root.get("training");
        if (training != null && !training.isNull() && !training.isObject()) {
            throw new IllegalArgumentException("'training' must be an object");
        }
        Training answeredTraining = training == null || training.isNull() ? null
                : new Training(integer(training, "weeklyDistanceChangePercent", false, -100, 1000),
                        flag(training, "addedSpeedAndHills"), flag(training, "newOrReturning"),
                        integer(training, "shoeDistanceKm", false, 0, 10000),
                        integer(training, "cadenceSpm", false, 100, 250), flag(training, "runsOnCamberedRoads"),
                        integer(training, "restDaysPerWeek", false, 0, 7));
        return new Answers(choice(root, "location", Location.class), choice(root, "side", Side.class),
                choice(root, "character", PainCharacter.class), choice(root, "onset", Onset.class),
                choices(root, "timing", Timing.class), integer(root, "painScore", true, 0, 10),
                integer(root, "durationDays", true, 0, 3650), Boolean.TRUE.equals(flag(root, "previousEpisodes")),
                Boolean.TRUE.equals(flag(root, "dailyActivitiesAffected")), answeredTraining,
                choices(root, "redFlags", RedFlag.class));
    }

    private static <E extends Enum<E>> E choice(JsonNode node, String field, Class<E> type) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("'" + field + "' is required, as one of " + EnumSet.allOf(type));
        }
        try {
            return Enum.valueOf(type, value.asString());
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "' must be one of " + EnumSet.allOf(type));
        }
    }

    private static <E extends Enum<E>> Set<E> choices(JsonNode node, String field, Class<E> type) {
        JsonNode values = node.get(field);
        Set<E> set = EnumSet.noneOf(type);
        if (values == null || values.isNull()) {
            return set;
        }
        if (!values.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be a list");
        }
        for (JsonNode value : values) {
            if (!value.isString()) {
                throw new IllegalArgumentException("'" + field + "' may only hold " + EnumSet.allOf(type));
            }
            try {
                set.add(Enum.valueOf(type, value.asString()));
            }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + field + "' may only hold " + EnumSet.allOf(type));
            }
        }
        return set;
    }

    /** The contract's ranges apply to test cases as to the API. */
    private static Integer integer(JsonNode node, String field, boolean required, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("'" + field + "' is required, as a whole number");
            }
            return null;
        }
        if (!value.isInt() || value.intValue() < min || value.intValue() > max) {
            throw new IllegalArgumentException("'" + field + "' must be a whole number from " + min + " to " + max);
        }
        return value.intValue();
    }

    private static Boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("'" + field + "' must be true or false");
        }
        return value.booleanValue();
    }

}

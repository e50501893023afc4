package app.kneetriage.support;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON body of a triage request for tests: a plain self-care front-knee case,
 * changed one answer at a time. Fields come out in the contract's order, compact.
 */
public final class TriageJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode body = JSON.createObjectNode();

    private TriageJson() {
        body.put("location", "FRONT");
        body.put("side", "LEFT");
        body.put("character", "DULL_ACHE");
        body.put("onset", "GRADUAL");
        body.putArray("timing");
        body.put("painScore", 3);
        body.put("durationDays", 5);
        body.putArray("redFlags");
    }

    public static TriageJson answers() {
        return new TriageJson();
    }

    /**
     * Outer-knee pain that builds during runs: ITBS, whose answer is to keep running at
     * about half (REDUCE), so it can start a return to running.
     */
    public static String keepRunningLess() {
        return answers().location("OUTER")
            .character("BURNING")
            .timing("DURING_RUN_BUILDS")
            .painScore(5)
            .durationDays(9)
            .json();
    }

    public TriageJson location(String value) {
        body.put("location", value);
        return this;
    }

    public TriageJson side(String value) {
        body.put("side", value);
        return this;
    }

    public TriageJson character(String value) {
        body.put("character", value);
        return this;
    }

    public TriageJson timing(String... values) {
        strings("timing", values);
        return this;
    }

    public TriageJson painScore(int value) {
        body.put("painScore", value);
        return this;
    }

    public TriageJson durationDays(int value) {
        body.put("durationDays", value);
        return this;
    }

    public TriageJson redFlags(String... values) {
        strings("redFlags", values);
        return this;
    }

    /** One training answer, e.g. {@code training("cadenceSpm", 162)}. */
    /** A yes/no answer of the request's top level, such as {@code boneSpot}. */
    public TriageJson answer(String field, boolean value) {
        body.put(field, value);
        return this;
    }

    public TriageJson training(String field, int value) {
        trainingNode().put(field, value);
        return this;
    }

    public TriageJson training(String field, boolean value) {
        trainingNode().put(field, value);
        return this;
    }

    public String json() {
        return JSON.writeValueAsString(body);
    }

    @Override
    public String toString() {
        return json();
    }

    private ObjectNode trainingNode() {
        return body.has("training") ? (ObjectNode) body.get("training") : body.putObject("training");
    }

    private void strings(String field, String... values) {
        ArrayNode array = body.putArray(field);
        for (String value : values) {
            array.add(value);
        }
    }

}

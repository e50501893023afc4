package app.kneetriage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import app.kneetriage.support.Vignettes.Vignette;
import app.kneetriage.support.Vignettes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every public vignette of version 3 of the contract, through the JSON API, as the
 * contract's Vignettes sections define (with {@code mustNot} and {@code mustSay}), and
 * the contract's plan rules on every answer.
 */
@DatabaseTest
class VignetteApiTests {

    private static final List<String> SECTION_ORDER = List.of("URGENT_NOW", "FIRST_DAYS", "MANAGEMENT", "WHILE_PAIN",
            "CONTRIBUTING", "RETURN_TO_RUN", "SEE_PROFESSIONAL");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    static Stream<Vignette> vignettes() {
        return Vignettes.load().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void seededRulesGiveTheExpectedUrgencyCausesAndRunningAnswer(Vignette vignette) {
        Http.Response response = http.postJson("/api/v1/triage", vignette.answers().toString());

        assertThat(response.status()).isEqualTo(201);
        JsonNode result = response.json();
        assertThat(result.get("urgency").asString()).isEqualTo(vignette.urgency());
        List<String> causes = codes(result.get("causes"));
        if (!causes.isEmpty() || !vignette.urgency().equals("URGENT")) {
            assertThat(causes).isNotEmpty();
            assertThat(vignette.top()).contains(causes.get(0));
        }
        assertThat(causes).containsAll(vignette.includes());
        if (vignette.running() != null) {
            assertThat(result.at("/plan/running/advice").asString()).isEqualTo(vignette.running());
        }
        if (vignette.firstDays() != null) {
            assertThat(sections(result).contains("FIRST_DAYS")).as("first days' advice")
                .isEqualTo(vignette.firstDays());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void nothingTheCaseRulesOutHoldsAndEveryTextItNeedsIsSaid(Vignette vignette) {
        JsonNode result = http.postJson("/api/v1/triage", vignette.answers().toString()).json();
        JsonNode plan = result.get("plan");
        List<String> texts = texts(result);

        for (String token : vignette.mustNot()) {
            String kind = token.contains(":") ? token.substring(0, token.indexOf(':')) : token;
            String value = token.substring(kind.length()).replaceFirst("^:", "");
            switch (kind) {
                case "urgency" -> assertThat(result.get("urgency").asString()).as(token).isNotEqualTo(value);
                case "running" -> assertThat(plan.at("/running/advice").asString()).as(token).isNotEqualTo(value);
                case "top" -> assertThat(result.at("/causes/0/code").asString("")).as(token).isNotEqualTo(value);
                case "cause" -> assertThat(codes(result.get("causes"))).as(token).doesNotContain(value);
                case "exercise" -> plan.get("exercises")
                    .forEach(e -> assertThat(e.get("name").asString()).as(token).isNotEqualTo(value));
                case "anyExercise" -> assertThat(plan.get("exercises").isEmpty()).as(token).isTrue();
                case "returnToRun" -> assertThat(plan.get("returnToRun").isEmpty()).as(token).isTrue();
                case "firstDays" -> assertThat(sections(result)).as(token).doesNotContain("FIRST_DAYS");
                case "text" -> {
                    Pattern pattern = Pattern.compile(value, Pattern.CASE_INSENSITIVE);
                    assertThat(texts).as(token).noneMatch(text -> pattern.matcher(text).find());
                }
                default -> throw new IllegalArgumentException("unknown mustNot token " + token);
            }
        }
        String joined = String.join("\n", texts);
        for (String regex : vignette.mustSay()) {
            assertThat(Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(joined).find())
                .as("the answer says /%s/ somewhere", regex)
                .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void everyAnswerKeepsThePlanRulesOfTheContract(Vignette vignette) {
        JsonNode result = http.postJson("/api/v1/triage", vignette.answers().toString()).json();
        JsonNode plan = result.get("plan");
        String running = plan.at("/running/advice").asString();

        assertThat(running).isIn("STOP", "PAUSE", "REDUCE");
        assertThat(plan.at("/running/text").asString()).isNotBlank();
        assertThat(plan.get("exercises").size()).isLessThanOrEqualTo(5);
        plan.get("exercises").forEach(exercise -> {
            assertThat(exercise.get("sets").isInt()).as(exercise.toString()).isTrue();
            assertThat(exercise.get("reps").isInt() || exercise.get("holdSeconds").isInt()).as(exercise.toString())
                .isTrue();
            assertThat(exercise.get("timesPerWeek").asInt()).as(exercise.toString()).isBetween(1, 14);
            assertThat(exercise.get("progression").asString()).as(exercise.toString()).isNotBlank();
        });
        result.get("causes")
            .forEach(cause -> assertThat(cause.get("fit").asString()).isIn("STRONG", "MODERATE", "WEAK"));
        List<String> sections = sections(result);
        assertThat(sections).isSortedAccordingTo((a, b) -> SECTION_ORDER.indexOf(a) - SECTION_ORDER.indexOf(b));
        if (result.get("urgency").asString().equals("URGENT")) {
            assertThat(running).isEqualTo("STOP");
            assertThat(plan.get("exercises").isEmpty()).isTrue();
            assertThat(sections).containsExactly("URGENT_NOW");
        }
        if (running.equals("STOP")) {
            assertThat(plan.get("returnToRun").isEmpty()).isTrue();
            assertThat(sections).doesNotContain("RETURN_TO_RUN");
        }
        else {
            assertThat(plan.get("returnToRun").isEmpty()).isFalse();
        }
        boolean fresh = vignette.answers().get("durationDays").asInt() <= 3
                || (vignette.answers().get("onset").asString().equals("SUDDEN")
                        && vignette.answers().get("durationDays").asInt() <= 7);
        boolean urgent = result.get("urgency").asString().equals("URGENT");
        assertThat(sections.contains("FIRST_DAYS")).as("first days' advice").isEqualTo(fresh && !urgent);
        if (vignette.firstDays() != null) {
            assertThat(sections.contains("FIRST_DAYS")).as("first days' advice").isEqualTo(vignette.firstDays());
        }
        List<String> flat = new ArrayList<>();
        plan.get("advice").forEach(a -> flat.add(a.asString()));
        List<String> grouped = new ArrayList<>();
        plan.get("sections").forEach(s -> s.get("advice").forEach(a -> grouped.add(a.asString())));
        assertThat(grouped).isEqualTo(flat);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void aResultReadBackByTokenEqualsWhatPostReturned(Vignette vignette) {
        Http.Response created = http.postJson("/api/v1/triage", vignette.answers().toString());

        Http.Response read = http.get(created.header("Location"));

        assertThat(read.status()).isEqualTo(200);
        ObjectNode expected = (ObjectNode) created.json();
        assertThat(expected.remove("manageKey")).isNotNull();
        assertThat(expected.remove("manageUrl")).isNotNull();
        assertThat(read.json()).isEqualTo(expected);
        assertThat(created.header("Location")).isEqualTo("/api/v1/results/" + created.json().get("token").asString());
    }

    @Test
    void aVersionTwoBodyGetsAFullVersionThreeAnswer() {
        String body = TriageJson.answers().location("OUTER").character("SHARP").timing("DURING_RUN_BUILDS").json();

        JsonNode result = http.postJson("/api/v1/triage", body).json();

        assertThat(result.get("rulesVersion").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(result.at("/causes/0/code").asString()).isEqualTo("ITBS");
        assertThat(result.at("/plan/exercises/0/kind").asString()).isNotBlank();
        assertThat(texts(result)).anyMatch(text -> text.contains("fever"));
        assertThat(result.get("answers").has("boneSpot")).isFalse();
        assertThat(result.get("answers").has("boneHealth")).isFalse();
    }

    @Test
    void aVersionOneBodyGetsAFullVersionTwoAnswer() {
        JsonNode result = http.postJson("/api/v1/triage", TriageJson.answers().timing("DOWNSTAIRS").json()).json();

        assertThat(result.at("/causes/0/fit").asString()).isNotBlank();
        assertThat(result.at("/plan/running/advice").asString()).isEqualTo("REDUCE");
        assertThat(result.at("/plan/sections").isArray()).isTrue();
        assertThat(result.at("/plan/exercises/0/timesPerWeek").isInt()).isTrue();
        assertThat(result.get("answers").has("age")).isFalse();
    }

    private static List<String> codes(JsonNode causes) {
        List<String> codes = new ArrayList<>();
        causes.forEach(c -> codes.add(c.get("code").asString()));
        return codes;
    }

    /**
     * Every text of the answer a runner reads: reasons, causes, running, exercises, weeks
     * and advice.
     */
    private static List<String> texts(JsonNode result) {
        List<String> texts = new ArrayList<>();
        result.get("urgencyReasons").forEach(r -> texts.add(r.asString()));
        result.get("causes").forEach(c -> {
            texts.add(c.get("name").asString());
            texts.add(c.get("explanation").asString());
            c.get("reasons").forEach(r -> texts.add(r.asString()));
        });
        JsonNode plan = result.get("plan");
        texts.add(plan.at("/running/text").asString());
        plan.get("exercises").forEach(e -> {
            for (String field : List.of("name", "notes", "progression", "caution", "aim")) {
                if (e.hasNonNull(field)) {
                    texts.add(e.get(field).asString());
                }
            }
        });
        plan.get("returnToRun").forEach(w -> texts.add(w.get("description").asString()));
        plan.get("advice").forEach(a -> texts.add(a.asString()));
        return texts;
    }

    private static List<String> sections(JsonNode result) {
        List<String> sections = new ArrayList<>();
        result.at("/plan/sections").forEach(s -> sections.add(s.get("section").asString()));
        return sections;
    }

}

package app.kneetriage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Bad input is a 400 problem naming the field, never a 500, and stores nothing. */
@DatabaseTest
class BadInputApiTests {

    private static final String VALID = TriageJson.answers().timing("DOWNSTAIRS").json();

    /** The valid body with more JSON written in at its end. */
    private static String validWith(String extra) {
        return VALID.substring(0, VALID.length() - 1) + extra + "}";
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(Arguments.of("not JSON at all", "{\"location\":", "body"),
                Arguments.of("empty body", "", "body"), Arguments.of("an array instead of an object", "[]", "body"),
                Arguments.of("trailing garbage", VALID + " x", "body"),
                Arguments.of("missing location", VALID.replace("\"location\":\"FRONT\",", ""), "location"),
                Arguments.of("missing redFlags", VALID.replace(",\"redFlags\":[]", ""), "redFlags"),
                Arguments.of("missing painScore", VALID.replace("\"painScore\":3,", ""), "painScore"),
                Arguments.of("unknown enum value", VALID.replace("FRONT", "KNEECAP"), "location"),
                Arguments.of("lower-case enum value", VALID.replace("FRONT", "front"), "location"),
                Arguments.of("enum given as its number", VALID.replace("\"FRONT\"", "0"), "location"),
                Arguments.of("red flag given as its number", VALID.replace("\"redFlags\":[]", "\"redFlags\":[0]"),
                        "redFlags[0]"),
                Arguments.of("a body far too large", validWith(" ".repeat(70_000)), "body"),
                Arguments.of("unknown timing value", VALID.replace("DOWNSTAIRS", "UPHILL"), "timing[0]"),
                Arguments.of("null inside a list", VALID.replace("[\"DOWNSTAIRS\"]", "[null]"), "timing[0]"),
                Arguments.of("painScore above 10", VALID.replace("\"painScore\":3", "\"painScore\":11"), "painScore"),
                Arguments.of("negative duration", VALID.replace("\"durationDays\":5", "\"durationDays\":-1"),
                        "durationDays"),
                Arguments.of("duration above ten years", VALID.replace("\"durationDays\":5", "\"durationDays\":3651"),
                        "durationDays"),
                Arguments.of("painScore as a string", VALID.replace("\"painScore\":3", "\"painScore\":\"3\""),
                        "painScore"),
                Arguments.of("painScore with a fraction", VALID.replace("\"painScore\":3", "\"painScore\":3.5"),
                        "painScore"),
                Arguments.of("painScore beyond any integer",
                        VALID.replace("\"painScore\":3", "\"painScore\":99999999999999999999"), "painScore"),
                Arguments.of("timing as a single string", VALID.replace("[\"DOWNSTAIRS\"]", "\"DOWNSTAIRS\""),
                        "timing"),
                Arguments.of("boolean as a number", validWith(",\"previousEpisodes\":1"), "previousEpisodes"),
                Arguments.of("unknown top-level field", validWith(",\"weightKg\":70"), "weightKg"),
                Arguments.of("age below 10", validWith(",\"age\":9"), "age"),
                Arguments.of("unknown general symptom", validWith(",\"generalSymptoms\":[\"TIRED\"]"),
                        "generalSymptoms[0]"),
                Arguments.of("injury event as text", validWith(",\"injuryEvent\":\"yes\""), "injuryEvent"),
                Arguments.of("unknown red flag", VALID.replace("\"redFlags\":[]", "\"redFlags\":[\"CALF\"]"),
                        "redFlags[0]"),
                Arguments.of("unknown training field", validWith(",\"training\":{\"weeklyKm\":40}"),
                        "training.weeklyKm"),
                Arguments.of("training as a list", validWith(",\"training\":[]"), "training"),
                Arguments.of("cadence below 100", validWith(",\"training\":{\"cadenceSpm\":99}"),
                        "training.cadenceSpm"),
                Arguments.of("rest days above 7", validWith(",\"training\":{\"restDaysPerWeek\":8}"),
                        "training.restDaysPerWeek"),
                Arguments.of("volume change below -100",
                        validWith(",\"training\":{\"weeklyDistanceChangePercent\":-101}"),
                        "training.weeklyDistanceChangePercent"),
                Arguments.of("shoe distance above 10000 km", validWith(",\"training\":{\"shoeDistanceKm\":10001}"),
                        "training.shoeDistanceKm"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void isA400ProblemNamingTheFieldAndStoresNothing(String description, String body, String field) {
        long before = storedResults();

        Http.Response response = http.postJson("/api/v1/triage", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(fields(problem)).contains(field);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at app.");
        assertThat(storedResults()).isEqualTo(before);
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        String body = VALID.replace("\"location\":\"FRONT\",", "").replace("\"painScore\":3", "\"painScore\":11");

        JsonNode problem = http.postJson("/api/v1/triage", body).json();

        assertThat(fields(problem)).containsExactlyInAnyOrder("location", "painScore");
    }

    @Test
    void aValidBodyIsStoredOnce() {
        long before = storedResults();

        Http.Response response = http.postJson("/api/v1/triage", VALID);

        assertThat(response.status()).isEqualTo(201);
        assertThat(storedResults()).isEqualTo(before + 1);
    }

    @Test
    void wrongContentTypeAndMethodAndPathAreProblemsToo() {
        long before = storedResults();
        Http.Response plainText = http.post("/api/v1/triage", "text/plain", VALID);
        assertThat(plainText.status()).isEqualTo(415);
        assertThat(plainText.header("Content-Type")).startsWith("application/problem+json");
        assertThat(storedResults()).isEqualTo(before);

        assertThat(http.get("/api/v1/triage").status()).isEqualTo(405);
        assertThat(http.get("/api/v1/triage").header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/nowhere").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/nowhere").header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anUnknownTokenIsA404Problem() {
        Http.Response wellFormed = http.get("/api/v1/results/AAAAAAAAAAAAAAAAAAAAAAAA");
        Http.Response garbage = http.get("/api/v1/results/" + "x".repeat(300));

        assertThat(wellFormed.status()).isEqualTo(404);
        assertThat(wellFormed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(garbage.status()).isEqualTo(404);
    }

    private long storedResults() {
        return jdbc.queryForObject("select count(*) from triage_result", Long.class);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

}

package app.kneetriage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.Vignettes.Vignette;
import app.kneetriage.support.Vignettes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every shared vignette, through the JSON API, as the contract's Vignettes section
 * defines.
 */
@DatabaseTest
class VignetteApiTests {

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
    void seededRulesGiveTheExpectedUrgencyAndCauses(Vignette vignette) {
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

    private static List<String> codes(JsonNode causes) {
        List<String> codes = new ArrayList<>();
        causes.forEach(c -> codes.add(c.get("code").asString()));
        return codes;
    }

}

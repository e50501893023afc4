package app.kneetriage.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description lists the contract's endpoints, answers and fields, and nothing
 * else.
 */
@DatabaseTest
class ApiDocsTests {

    @LocalServerPort
    int port;

    @Test
    void theApiDocsListTheTriageEndpointsWithTheContractsStatusesAndFields() {
        Http.Response docs = new Http(port).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode api = docs.json();
        JsonNode paths = api.get("paths");
        assertThat(paths.propertyNames()).containsExactlyInAnyOrder("/api/v1/triage", "/api/v1/results/{token}",
                "/api/v1/results/{token}/revoke", "/api/v1/results/{token}/expiry", "/api/v1/results/{token}/rerun",
                "/api/v1/results/{token}/programme", "/api/v1/results/{token}/sessions",
                "/api/v1/results/{token}/sessions/{id}", "/api/v1/results/{token}/programme.ics",
                "/api/v1/results/{token}/programme.csv", "/api/v1/results/{token}/programme/ratings", "/api/v1/boards",
                "/api/v1/boards/{boardKey}", "/api/v1/results/{token}/boards");
        assertThat(paths.get("/api/v1/results/{token}/programme.ics")
            .get("get")
            .get("responses")
            .get("200")
            .get("content")
            .propertyNames()).contains("text/calendar");
        assertThat(paths.get("/api/v1/results/{token}/programme").get("post").get("responses").propertyNames())
            .contains("201", "409");
        assertThat(paths.get("/api/v1/results/{token}/programme/ratings").get("post").get("responses").propertyNames())
            .contains("201", "400", "404", "409");
        assertThat(paths.get("/api/v1/triage").get("post").get("responses").propertyNames()).contains("201", "400",
                "429");
        assertThat(paths.get("/api/v1/results/{token}").get("get").get("responses").propertyNames()).contains("200",
                "404", "410");
        assertThat(paths.get("/api/v1/boards").get("post").get("responses").propertyNames()).contains("201", "400",
                "429");
        assertThat(paths.get("/api/v1/boards/{boardKey}").get("get").get("responses").propertyNames()).contains("200",
                "404");
        JsonNode runnerBoards = paths.get("/api/v1/results/{token}/boards");
        assertThat(runnerBoards.propertyNames()).containsExactlyInAnyOrder("get", "post", "delete");
        assertThat(runnerBoards.get("post").get("responses").propertyNames()).contains("200", "201", "400", "404",
                "409", "429");
        assertThat(runnerBoards.get("delete").get("responses").propertyNames()).contains("204", "400", "404");
        JsonNode schemas = api.get("components").get("schemas");
        assertThat(schemas.get("BoardDocument").get("properties").propertyNames()).containsExactly("boardName",
                "joinCode", "runners", "maxRunners", "rows");
        assertThat(schemas.get("BoardRowDocument").get("properties").propertyNames()).containsExactly("token",
                "nickname", "checkedAt", "urgency", "running", "topCause", "linkEndsAt", "tracker", "flags");
        assertThat(schemas.get("NewBoardRequest").get("properties").propertyNames()).containsExactly("boardName");
        assertThat(api.get("components").get("schemas").get("TriageRequest").get("properties").propertyNames())
            .contains("location", "side", "character", "onset", "timing", "painScore", "durationDays", "redFlags");
    }

    @Test
    void swaggerUiIsServedFromTheAppItself() {
        Http.Response page = new Http(port).page("/swagger-ui/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("https://");
    }

}

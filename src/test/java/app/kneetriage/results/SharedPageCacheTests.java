package app.kneetriage.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;

import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The shared page is rendered once and then read from memory, yet every change made on
 * this instance shows at once: revoking, a new expiry, a logged run.
 */
@DatabaseTest
class SharedPageCacheTests {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    Http http;

    String token;

    String key;

    @BeforeEach
    void share() {
        http = new Http(port);
        JsonNode created = http.postJson("/api/v1/triage", TriageJson.keepRunningLess()).json();
        token = created.get("token").asString();
        key = created.get("manageKey").asString();
    }

    @Test
    void aRepeatedViewIsServedWithoutRenderingAndABrowsersRepeatGetsNotModified() throws Exception {
        Http.Response first = http.page("/r/" + token);
        double rendered = renders();
        Http.Response second = http.page("/r/" + token);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(renders()).as("the second view was not looked up and rendered again").isEqualTo(rendered);
        assertThat(second.header("ETag")).isNotBlank().isEqualTo(first.header("ETag"));
        assertThat(second.header("Cache-Control")).isEqualTo("no-store");
        assertThat(second.header("Content-Type")).startsWith("text/html");

        HttpResponse<String> again = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/r/" + token))
                .header("If-None-Match", first.header("ETag"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void revokingAndANewExpiryShowAtOnce() {
        http.page("/r/" + token);
        http.page("/r/" + token);

        String later = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
        assertThat(manage("PUT", "/expiry", "{\"expiresAt\":\"" + later + "T12:00:00Z\"}").status()).isEqualTo(204);
        assertThat(http.page("/r/" + token).body()).as("the new expiry, not the kept page")
            .contains(later + "T12:00:00Z");

        assertThat(manage("POST", "/revoke", null).status()).isEqualTo(204);
        assertThat(http.page("/r/" + token).status()).isEqualTo(410);
    }

    @Test
    void aRunTheRunnerLogsShowsOnTheCoachsPageAtOnce() {
        assertThat(manage("POST", "/programme", "{\"baselinePain\":1,\"days\":[\"MONDAY\",\"THURSDAY\"]}").status())
            .isEqualTo(201);
        String before = http.page("/r/" + token).body();

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(manage("POST", "/sessions",
                "{\"date\":\"" + today + "\",\"walkMinutes\":20,\"runMinutes\":7,\"painDuring\":2}")
            .status()).isEqualTo(201);

        assertThat(http.page("/r/" + token).body()).isNotEqualTo(before);
    }

    @Test
    void aReaderWithASessionOrAFlashMessageGetsAPageRenderedForThem() {
        http.page("/r/" + token);
        double rendered = renders();

        assertThat(http.send("GET", "/r/" + token, null, "Accept", "text/html", "Cookie", "KT_FLASH=x").status())
            .isEqualTo(200);
        assertThat(renders()).as("a flash message makes the page the reader's own").isEqualTo(rendered + 1);

        assertThat(http.send("GET", "/r/" + token, null, "Accept", "text/html", "Cookie", "XSRF-TOKEN=y").status())
            .isEqualTo(200);
        assertThat(renders()).as("the symptom form's CSRF cookie changes nothing here").isEqualTo(rendered + 1);
    }

    private Http.Response manage(String method, String path, String body) {
        return http.send(method, "/api/v1/results/" + token + path, body, "X-Manage-Key", key);
    }

    private double renders() {
        return meters.counter("kneetriage.results.views", "found", "SHARED").count();
    }

}

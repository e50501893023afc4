package app.kneetriage.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The manage link of a new result is shown once, on the page the runner is sent to. The
 * flash cookie that carries it lives for minutes; replayed by another client in that
 * time, it shows nothing private.
 */
@DatabaseTest
class ManageLinkShownOnceTests {

    @LocalServerPort
    int port;

    @Test
    void aReplayedFlashCookieDoesNotShowTheManageLinkAgain() {
        Http http = new Http(port);
        String key = http.postJson("/api/v1/triage", TriageJson.answers().json()).json().get("manageKey").asString();
        AdminSession runner = new AdminSession(port);
        runner.get("/m/" + key);

        HttpResponse<String> rerun = runner.postForm("/m/" + key + "/rerun", Map.of("shareLink", "new"));
        String resultPage = rerun.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String flashCookie = rerun.headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(cookie -> cookie.startsWith("KT_FLASH="))
            .findFirst()
            .orElseThrow()
            .split(";")[0];

        String shown = runner.get(resultPage).body();
        String replayed = http.send("GET", resultPage, null, "Cookie", flashCookie, "Accept", "text/html").body();

        assertThat(shown).contains("id=\"manage-link\"").contains("/m/");
        assertThat(replayed).doesNotContain("manage-link").doesNotContain("/m/");
    }

}

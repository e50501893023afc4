package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the session table and the log keep (issue 23, findings 1, 2 and 4): a failed login
 * leaves no session and so no typed password, an anonymous admin page leaves no session
 * row, and a path holding a manage key or a share token is not written to the log.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class SessionAndLogPrivacyTests {

    private static final String TYPED = "typed-but-wrong-password-7f3a";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedLoginCreatesNoSessionAndKeepsNoTypedPassword() {
        long before = sessionRows();

        HttpResponse<String> failed = new AdminSession(port).login(AdminSession.USERNAME, TYPED);

        assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(sessionRows()).isEqualTo(before);
        List<byte[]> stored = jdbc.queryForList("SELECT ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES", byte[].class);
        assertThat(stored).noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(TYPED));
    }

    @Test
    void anonymousRequestsForAdminPagesCreateNoSessionRows() {
        long before = sessionRows();
        Http http = new Http(port);

        for (int i = 0; i < 1_000; i++) {
            assertThat(http.page("/admin/rules").status()).isEqualTo(302);
        }

        assertThat(sessionRows()).isEqualTo(before);
    }

    @Test
    void aPathHoldingAManageKeyOrAShareTokenIsNotLogged(CapturedOutput output) {
        Http http = new Http(port);
        JsonNode created = http.postJson("/api/v1/triage", TriageJson.answers().json()).json();
        String token = created.get("token").asString();
        String key = created.get("manageKey").asString();

        http.page("/m/" + key + "/");
        http.page("/m/" + key + "/nothing-here");
        http.page("/r/" + token + "/");
        http.get("/api/v1/results/" + token + "/nothing-here");

        assertThat(output.getAll()).doesNotContain(key).doesNotContain(token);
    }

    /**
     * Tomcat refuses an address with characters a browser leaves unencoded in a query and
     * would log it whole, the first time at INFO; its parser logs only warnings here.
     */
    @Test
    void anAddressTomcatCannotParseIsNotLoggedWithItsKeyOrToken(CapturedOutput output) throws IOException {
        JsonNode created = new Http(port).postJson("/api/v1/triage", TriageJson.answers().json()).json();
        String token = created.get("token").asString();
        String key = created.get("manageKey").asString();

        assertThat(rawStatusLine("GET /r/" + token + "?ref=a|b HTTP/1.1")).contains(" 400 ");
        assertThat(rawStatusLine("GET /m/" + key + "/{x}^ HTTP/1.1")).contains(" 400 ");

        assertThat(LoggerFactory.getLogger("org.apache.coyote.http11.Http11Processor").isInfoEnabled()).isFalse();
        assertThat(output.getAll()).doesNotContain(key).doesNotContain(token);
    }

    private String rawStatusLine(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                .write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                .readLine();
        }
    }

    private long sessionRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Long.class);
    }

}

package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import app.kneetriage.support.SlowClients;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow clients (issue 23, fault run): connections that send a body one byte every second
 * or every five, more of them than the server has threads (24, as bench/jvm-flags gives
 * it), and connections that declare a 1 MB form. While they are open, anyone else is
 * still answered within seconds, and the server hangs up on each of them; nothing waits
 * for them for as long as they care to stay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.tomcat.threads.max=24")
class SlowClientsTests {

    private static final String FORM = "application/x-www-form-urlencoded";

    /** A liveness bound, not a speed target: the slow clients stay far longer. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(10);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @LocalServerPort
    int port;

    @Test
    void slowBodiesNeitherHoldTheServerNorKeepOthersWaiting() throws Exception {
        try (SlowClients slow = new SlowClients(port)) {
            for (int i = 0; i < 8; i++) {
                Duration pace = Duration.ofSeconds(i % 2 == 0 ? 1 : 5);
                slow.open("/triage", FORM, 2_000, pace);
                slow.open("/login", FORM, 2_000, pace);
                slow.open("/api/v1/triage", "application/json", 2_000, pace);
                // No handler reads this body: the server must not wait for it afterwards
                // either.
                slow.open("/actuator/health", FORM, 2_000, pace);
                slow.open("/login", FORM, 1_000_000, pace);
            }

            assertThat(get("/").statusCode()).isEqualTo(200);
            assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
            HttpResponse<String> triage = send(HttpRequest.newBuilder(uri("/api/v1/triage"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TriageJson.answers().json())));
            assertThat(triage.statusCode()).isEqualTo(201);

            await().atMost(ANSWERED_WITHIN).until(slow::allClosedByServer);
            assertThat(slow.connections()).filteredOn(connection -> connection.answer().contains(" 413 "))
                .as("the 1 MB forms are refused without being read")
                .hasSize(8);
        }
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    /**
     * When the server hangs up after answering without the rest of a body, it says so in
     * the answer: a client reusing the connection would otherwise send its next request
     * into a closed socket (seen as "header parser received no bytes" in a rate-limit
     * test).
     */
    @Test
    void anAnswerGivenBeforeTheBodyArrivedSaysTheConnectionCloses() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                .write(("POST /no-such-page HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain"
                        + "\r\nContent-Length: 100\r\n\r\nabc")
                    .getBytes(StandardCharsets.ISO_8859_1));
            StringBuilder head = new StringBuilder();
            InputStream in = socket.getInputStream();
            while (head.indexOf("\r\n\r\n") < 0) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                head.append((char) next);
            }

            assertThat(head.toString()).startsWith("HTTP/1.1 ").containsIgnoringCase("\r\nConnection: close\r\n");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(ANSWERED_WITHIN).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

}

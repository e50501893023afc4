package app.kneetriage.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged jar run as its own process, as an operator runs it: for the tests failsafe
 * runs after {@code package}, which name the jar in the {@code app.jar} property. Each
 * process writes its output to {@code target/<folder>/<name>.log}.
 */
public final class LaunchedJar {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LaunchedJar() {
    }

    public static Path jar() {
        return Path.of(System.getProperty("app.jar")).toAbsolutePath();
    }

    /** The java launcher of the JVM running the tests, then the given arguments. */
    public static List<String> java(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        return command;
    }

    public static Path log(String folder, String name) throws IOException {
        Path log = Path.of("target", folder, name + ".log");
        Files.createDirectories(log.getParent());
        return log;
    }

    public static Process start(List<String> command, Path workDir, Path log) throws IOException {
        return new ProcessBuilder(command).directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    }

    /** Runs a command that ends by itself and returns its exit code. */
    public static int run(List<String> command, Path workDir, Path log) throws IOException, InterruptedException {
        Process process = start(command, workDir, log);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished within 180 s; see %s", log).isTrue();
        return process.exitValue();
    }

    /** Starts the app and waits until {@code /actuator/health} answers 200. */
    public static Process startHealthy(List<String> command, Path workDir, Path log, int port) throws IOException {
        Process process = start(command, workDir, log);
        try {
            await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !process.isAlive() || isHealthy(port));
        }
        catch (ConditionTimeoutException slow) {
            process.destroyForcibly();
            throw new AssertionError("app did not become healthy within 120 s; see " + log, slow);
        }
        assertThat(process.isAlive()).as("app started; see %s", log).isTrue();
        return process;
    }

    public static void stop(Process process) throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean isHealthy(int port) throws InterruptedException {
        try {
            return get(port, "/actuator/health").statusCode() == 200;
        }
        catch (IOException stillStarting) {
            return false;
        }
    }

}

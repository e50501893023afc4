package app.kneetriage.ruleadmin.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import app.kneetriage.support.LoggedInAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exercise pictures: every seeded exercise has one, admins replace them with PNG, JPEG or
 * WebP checked by content, and each is served by its hash for a year.
 */
@AdminTest
class ExercisePictureTests {

    private static final Pattern EXERCISE_LINK = Pattern.compile("/admin/rules/exercises/([A-Z][A-Z0-9_]*)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @LoggedInAdmin(draft = true)
    AdminSession admin;

    @Test
    void everySeededExerciseHasItsDrawingServedUnderTheHashOfItsBytes() throws Exception {
        List<Map<String, Object>> seeded = jdbc.queryForList("SELECT e.code, e.picture_hash FROM exercise e"
                + " JOIN rule_set r ON r.id = e.rule_set_id WHERE r.published_by = 'seed' AND r.change_note"
                + " = 'Triage contract version 2'");

        assertThat(seeded).hasSize(23);
        for (Map<String, Object> exercise : seeded) {
            String code = (String) exercise.get("code");
            byte[] drawing = new ClassPathResource("exercise-pictures/" + code + ".svg").getContentAsByteArray();
            assertThat(exercise.get("picture_hash")).as(code).isEqualTo(sha256(drawing));
            HttpResponse<byte[]> picture = fetch("/exercise-pictures/" + sha256(drawing));
            assertThat(picture.statusCode()).as(code).isEqualTo(200);
            assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
            assertThat(picture.body()).as(code).isEqualTo(drawing);
        }
    }

    @Test
    void anUploadedPngBecomesTheDraftExercisesPicture() throws Exception {
        String exercise = firstDraftExercise();
        byte[] png = png(Color.BLUE);

        HttpResponse<String> upload = admin.postFile(exercise + "/picture",
                Map.of("alt", "Lying on the side; the top knee opens."), "file", "clam.png", "image/png", png);

        assertThat(upload.statusCode()).isEqualTo(303);
        String hash = sha256(png);
        assertThat(admin.get(exercise).body()).contains("/exercise-pictures/" + hash)
            .contains("Lying on the side; the top knee opens.");
        HttpResponse<byte[]> served = fetch("/exercise-pictures/" + hash);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000")
            .contains("immutable");
        assertThat(served.body()).isEqualTo(png);
        assertThat(admin.get("/admin/audit?type=EXERCISE").body()).contains(hash);
    }

    @Test
    void svgDisguisedFilesOversizedFilesAndMissingDescriptionsAreRefused() throws Exception {
        String exercise = firstDraftExercise();
        String before = admin.get(exercise).body();
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
        byte[] png = png(Color.RED);
        byte[] huge = Arrays.copyOf(png, PictureUpload.MAX_BYTES + 1);

        assertRefused(exercise, "evil.png", "image/png", svg, "A picture", "Only PNG, JPEG and WebP");
        assertRefused(exercise, "cut.png", "image/png", Arrays.copyOf(png, 20), "A picture", "could not be read");
        assertRefused(exercise, "big.png", "image/png", huge, "A picture", "larger than 500 KB");
        assertRefused(exercise, "bomb.png", "image/png", claimingToBeHuge(png), "A picture", "more than 2 megapixels");
        assertRefused(exercise, "red.png", "image/png", png, " ", "Describe what the picture shows");

        assertThat(pictureOf(admin.get(exercise).body())).isEqualTo(pictureOf(before));
        assertThat(fetch("/exercise-pictures/" + sha256(png)).statusCode()).isEqualTo(404);
    }

    /**
     * The fault run's picture (issue 23): 4000 x 4000 pixels in a file of a few dozen KB,
     * which decoded takes 64 MB and ended a process with a 128 MB heap. Refused from its
     * header, so it is never decoded.
     */
    @Test
    void aSmallFileOfTooManyPixelsIsRefusedWithoutBeingDecoded() throws Exception {
        String exercise = firstDraftExercise();
        String before = admin.get(exercise).body();
        byte[] huge = png(Color.GREEN, 4000, 4000);
        assertThat(huge.length).as("a small file").isLessThan(PictureUpload.MAX_BYTES);

        assertRefused(exercise, "huge.png", "image/png", huge, "A picture", "more than 2 megapixels");

        assertThat(pictureOf(admin.get(exercise).body())).isEqualTo(pictureOf(before));
        assertThat(fetch("/exercise-pictures/" + sha256(huge)).statusCode()).isEqualTo(404);
    }

    private void assertRefused(String exercise, String name, String type, byte[] content, String alt, String message) {
        admin.get(exercise);
        HttpResponse<String> upload = admin.postFile(exercise + "/picture", Map.of("alt", alt), "file", name, type,
                content);
        assertThat(upload.statusCode()).as(name).isEqualTo(422);
        assertThat(upload.body()).as(name).contains(message);
    }

    private String firstDraftExercise() {
        Matcher link = EXERCISE_LINK.matcher(admin.get("/admin/rules").body());
        assertThat(link.find()).isTrue();
        String path = "/admin/rules/exercises/" + link.group(1);
        admin.get(path);
        return path;
    }

    private static String pictureOf(String page) {
        Matcher picture = Pattern.compile("/exercise-pictures/[0-9a-f]{64}").matcher(page);
        return picture.find() ? picture.group() : null;
    }

    private HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A small file whose header claims 20000 x 20000 pixels: never decoded. */
    private static byte[] claimingToBeHuge(byte[] png) {
        byte[] bomb = png.clone();
        for (int at : new int[] { 16, 20 }) {
            bomb[at] = 0;
            bomb[at + 1] = 0;
            bomb[at + 2] = (byte) (20000 >> 8);
            bomb[at + 3] = (byte) (20000 & 0xff);
        }
        return bomb;
    }

    private static byte[] png(Color colour) throws IOException {
        return png(colour, 40, 20);
    }

    private static byte[] png(Color colour, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

}

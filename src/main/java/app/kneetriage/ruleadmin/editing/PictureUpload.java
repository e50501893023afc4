package app.kneetriage.ruleadmin.editing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * An uploaded exercise picture, accepted only when its bytes are a PNG, JPEG or WebP
 * image: the type comes from the content, never from the file name or the browser. SVG is
 * refused outright, since it can carry script.
 */
record PictureUpload(String contentType, byte[] data) {

    /** Large enough for a clear photo on a phone, small enough to load on a slow line. */
    static final int MAX_BYTES = 500 * 1024;

    static final int MAX_SIDE = 4000;

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

    /**
     * @return the picture, or empty with {@code problem} naming the message key of what
     * is wrong
     */
    static Optional<PictureUpload> check(byte[] data, StringBuilder problem) {
        if (data == null || data.length == 0) {
            problem.append("picture.empty");
            return Optional.empty();
        }
        if (data.length > MAX_BYTES) {
            problem.append("picture.tooLarge");
            return Optional.empty();
        }
        String type = typeOf(data);
        if (type == null) {
            problem.append("picture.wrongType");
            return Optional.empty();
        }
        if (!type.equals("image/webp") && !decodes(data)) {
            problem.append("picture.unreadable");
            return Optional.empty();
        }
        return Optional.of(new PictureUpload(type, data));
    }

    private static String typeOf(byte[] data) {
        if (startsWith(data, PNG)) {
            return "image/png";
        }
        if (startsWith(data, JPEG)) {
            return "image/jpeg";
        }
        // RIFF, a length, WEBP, then a VP8 chunk of one of its three kinds.
        if (data.length > 16 && ascii(data, 0, 4).equals("RIFF") && ascii(data, 8, 4).equals("WEBP")
                && ascii(data, 12, 3).equals("VP8")) {
            return "image/webp";
        }
        return null;
    }

    /** PNG and JPEG are decoded, so a renamed file or a truncated one is refused. */
    private static boolean decodes(byte[] data) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            return image != null && image.getWidth() <= MAX_SIDE && image.getHeight() <= MAX_SIDE;
        }
        catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] data, int from, int length) {
        return new String(data, from, length, StandardCharsets.US_ASCII);
    }

}

package app.kneetriage.ruleadmin.editing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded exercise picture, accepted only when its bytes are a PNG, JPEG or WebP
 * image: the type comes from the content, never from the file name or the browser. SVG is
 * refused outright, since it can carry script.
 *
 * @param contentType the type the bytes were found to be
 * @param data the bytes as uploaded
 */
record PictureUpload(String contentType, byte[] data) {

    /** Large enough for a clear photo on a phone, small enough to load on a slow line. */
    static final int MAX_BYTES = 500 * 1024;

    /**
     * 1600 x 1250 is plenty on any phone. Decoded, a picture takes up to 8 bytes a pixel:
     * at most 16 MB here, where a 4000 x 4000 picture (a file of a few dozen KB) took 64
     * MB and ended a process with a 128 MB heap (issue 23).
     */
    static final int MAX_PIXELS = 2_000_000;

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
        String unfit = type.equals("image/webp") ? webpProblem(data) : decodeProblem(data);
        if (unfit != null) {
            problem.append(unfit);
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
        if (data.length > 20 && ascii(data, 0, 4).equals("RIFF") && ascii(data, 8, 4).equals("WEBP")
                && ascii(data, 12, 3).equals("VP8")) {
            return "image/webp";
        }
        return null;
    }

    /**
     * PNG and JPEG are decoded, so a renamed file or a truncated one is refused. The size
     * is read from the header first: a small file of a huge image is never decoded.
     * @return the message key of what is wrong, or null
     */
    private static String decodeProblem(byte[] data) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return "picture.unreadable";
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return "picture.tooManyPixels";
                }
                BufferedImage image = reader.read(0);
                return image != null ? null : "picture.unreadable";
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException e) {
            return "picture.unreadable";
        }
    }

    /**
     * The JDK cannot decode WebP, so its container is checked instead: the RIFF length
     * must match the file, and the first chunk must be an image chunk whose length fits.
     */
    private static String webpProblem(byte[] data) {
        return wellFormedWebp(data) ? null : "picture.unreadable";
    }

    private static boolean wellFormedWebp(byte[] data) {
        long riffLength = littleEndian(data, 4);
        long chunkLength = littleEndian(data, 16);
        return riffLength + 8 == data.length && chunkLength > 0 && chunkLength + 20 <= data.length;
    }

    private static long littleEndian(byte[] data, int at) {
        return (data[at] & 0xffL) | (data[at + 1] & 0xffL) << 8 | (data[at + 2] & 0xffL) << 16
                | (data[at + 3] & 0xffL) << 24;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] data, int from, int length) {
        return new String(data, from, length, StandardCharsets.US_ASCII);
    }

}

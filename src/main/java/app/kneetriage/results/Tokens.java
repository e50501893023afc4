package app.kneetriage.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Unguessable secrets for results: share tokens and manage keys, each 144 random bits
 * from {@link SecureRandom}, base64url without padding, drawn independently of each
 * other.
 */
public final class Tokens {

    static final int RANDOM_BYTES = 18;

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{24}");

    private Tokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * SHA-256 in hex. The secrets carry 144 random bits, so a fast hash is enough to make
     * a stored hash useless to whoever reads the database.
     */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A short, non-reversible reference for logs: never the secret itself. */
    static String logReference(String secret) {
        return hash(secret).substring(0, 10);
    }

    /**
     * Whether a string could be a token at all; anything else is answered 404 without a
     * lookup.
     */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

}

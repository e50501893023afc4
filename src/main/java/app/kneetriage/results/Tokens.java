package app.kneetriage.results;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Unguessable result tokens: 144 random bits from {@link SecureRandom}, base64url without padding. */
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

    /** Whether a string could be a token at all; anything else is answered 404 without a lookup. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }
}

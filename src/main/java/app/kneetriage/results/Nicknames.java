package app.kneetriage.results;

import java.util.regex.Pattern;

/**
 * The name a runner gives a coach to go by ("Sam"): optional, short, and plain letters
 * only, so it reads the same everywhere it is shown.
 */
public final class Nicknames {

    public static final int MAX_LENGTH = 40;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} .'\\-]+");

    private Nicknames() {
    }

    /**
     * Whether a runner's entry can be kept: empty, or letters, digits, spaces and . ' -
     */
    public static boolean isValid(String nickname) {
        String cleaned = clean(nickname);
        return cleaned == null || (cleaned.length() <= MAX_LENGTH && ALLOWED.matcher(cleaned).matches());
    }

    /** Trimmed with single spaces; {@code null} when nothing is left. */
    static String clean(String nickname) {
        if (nickname == null) {
            return null;
        }
        String cleaned = nickname.strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? null : cleaned;
    }

}

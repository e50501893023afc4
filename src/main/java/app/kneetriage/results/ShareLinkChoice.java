package app.kneetriage.results;

import java.util.Optional;

/**
 * What a re-run does with the result's share link. The manage form and the API name the
 * choices alike, {@code move} and {@code keep}; {@code new}, the API's first name for
 * keep, still means keep.
 */
public enum ShareLinkChoice {

    /** The link shows the new result, with this one as history; the default. */
    MOVE,

    /** The link stays on this result as it is; the new result gets a link of its own. */
    KEEP;

    /**
     * @param value as sent, or {@code null} when none was: then {@link #MOVE}
     * @return empty for a value that names no choice
     */
    public static Optional<ShareLinkChoice> parse(String value) {
        if (value == null || value.equals("move")) {
            return Optional.of(MOVE);
        }
        if (value.equals("keep") || value.equals("new")) {
            return Optional.of(KEEP);
        }
        return Optional.empty();
    }

}

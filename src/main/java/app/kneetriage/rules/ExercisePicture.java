package app.kneetriage.rules;

import java.util.regex.Pattern;

/**
 * The picture of an exercise: the SHA-256 of its bytes, by which it is stored and served,
 * and the text that says what it shows for anyone who cannot see it.
 */
public record ExercisePicture(String hash, String alt) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ExercisePicture {
        if (hash == null || !SHA_256_HEX.matcher(hash).matches()) {
            throw new InvalidRuleException("a picture must be named by the SHA-256 of its content");
        }
        alt = Texts.required(alt, "a picture's description", TextLimits.PICTURE_ALT);
    }

}

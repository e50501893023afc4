package app.kneetriage.rules;

import java.util.regex.Pattern;

/**
 * Codes name causes and exercises: upper-case identifiers such as {@code LOAD_ERROR},
 * stable across text edits. {@link #PATTERN} is the one definition; forms and the
 * database use it too.
 */
public final class Codes {

    /** 2 to 40 capital letters, digits or _, starting with a letter. */
    public static final String PATTERN = "[A-Z][A-Z0-9_]{1,39}";

    /** The longest code {@link #PATTERN} allows, and the width of the code columns. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern CODE = Pattern.compile(PATTERN);

    private Codes() {
    }

    static String check(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidRuleException(what + " is 2 to 40 capital letters, digits or _, starting with a letter");
        }
        return code;
    }

}

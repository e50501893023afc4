package app.kneetriage.rules;

import java.util.regex.Pattern;

final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private Codes() {
    }

    /**
     * Codes are upper-case identifiers such as {@code LOAD_ERROR}: stable across text
     * edits.
     */
    static String check(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidRuleException(what + " is 2 to 40 capital letters, digits or _, starting with a letter");
        }
        return code;
    }

}

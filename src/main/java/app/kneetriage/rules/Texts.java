package app.kneetriage.rules;

final class Texts {

    private Texts() {
    }

    static String required(String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidRuleException(what + " must not be blank");
        }
        return fitting(text.strip(), what, maxLength);
    }

    static String optional(String text, String what, int maxLength) {
        return text == null || text.isBlank() ? null : fitting(text.strip(), what, maxLength);
    }

    private static String fitting(String text, String what, int maxLength) {
        if (text.length() > maxLength) {
            throw new InvalidRuleException(what + " is longer than " + maxLength + " characters");
        }
        return text;
    }

}

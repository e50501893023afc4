package app.kneetriage.rules;

final class Texts {

    private Texts() {
    }

    static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidRuleException(what + " must not be blank");
        }
        return text.strip();
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}

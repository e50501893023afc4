package app.kneetriage.answers;

/**
 * One bad answer: the JSON path of the field (e.g. {@code training.cadenceSpm}) and what
 * is wrong.
 */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return "'" + field + "' " + message;
    }

}

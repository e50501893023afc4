package app.kneetriage.answers;

import java.util.List;
import java.util.stream.Collectors;

/** Answers that are not a valid triage request, with each problem by field. */
public class InvalidAnswersException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidAnswersException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

}

package app.kneetriage.ruleadmin.drafts;

import java.util.List;

/** Publishing was refused: the content cannot be evaluated, or test cases fail. */
class PublishRefusedException extends RuntimeException {

    private final List<String> problems;

    PublishRefusedException(List<String> problems) {
        super("publishing refused");
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }

}

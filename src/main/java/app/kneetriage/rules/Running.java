package app.kneetriage.rules;

/** The running answer of a plan, with the words the runner reads. */
public record Running(RunningAdvice advice, String text) {

}

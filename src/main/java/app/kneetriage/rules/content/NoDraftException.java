package app.kneetriage.rules.content;

/** An edit of the draft when there is none (discarded or published meanwhile). */
public class NoDraftException extends RuntimeException {

    NoDraftException() {
        super("there is no draft");
    }

}

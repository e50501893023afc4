package app.kneetriage.system;

/** A page asked for something that does not exist; answered with the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("Not found");
    }

}

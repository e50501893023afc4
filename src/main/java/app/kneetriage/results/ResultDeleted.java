package app.kneetriage.results;

/**
 * Published inside the transaction of a runner's delete, with the share token the deleted
 * result held, so that what another module keeps under that link goes with it. It never
 * leaves the process and is never logged.
 */
public record ResultDeleted(String token) {

    @Override
    public String toString() {
        return "ResultDeleted[" + Tokens.logReference(token) + "]";
    }

}

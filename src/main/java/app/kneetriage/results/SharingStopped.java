package app.kneetriage.results;

/**
 * Published inside the transaction that turns a result's share link off, so that what
 * another module keeps under that link (a coach's board) goes before the commit. It
 * carries the share token: it never leaves the process and is never logged.
 */
public record SharingStopped(String token) {

    @Override
    public String toString() {
        return "SharingStopped[" + Tokens.logReference(token) + "]";
    }

}

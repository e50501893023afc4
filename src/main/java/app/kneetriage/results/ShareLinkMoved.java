package app.kneetriage.results;

/**
 * Published inside a re-run's transaction when the share link moves on to the new result,
 * so that what another module keeps beside the old result can follow the link before the
 * commit, sealed anew for the new result's token and manage key. It carries both manage
 * keys: it never leaves the process and is never logged.
 *
 * @param from the result the link left, as its manage page had it
 * @param fromManageKey the old result's manage key
 * @param toResultId the new result's row
 * @param to the new result, which holds the share link now
 * @param toManageKey the new result's manage key
 */
public record ShareLinkMoved(ManagedResult from, String fromManageKey, long toResultId, StoredResult to,
        String toManageKey) {

    @Override
    public String toString() {
        return "ShareLinkMoved[from=" + from.id() + ", to=" + toResultId + "]";
    }

}

package app.kneetriage.results;

/** Whether a result's share link works. */
public enum SharingStatus {

    /** the link shows the result */
    SHARED,
    /** the runner turned the link off */
    REVOKED,
    /** the runner's chosen expiry has passed */
    EXPIRED,
    /** the share link moved on to a newer check of the same runner */
    MOVED

}

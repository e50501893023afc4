package app.kneetriage.boards;

import app.kneetriage.results.ResultDeleted;
import app.kneetriage.results.SharingStopped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turning the share link off or deleting the result takes the runner off every board, in
 * the publisher's transaction: the rows go, or stay, with the result's change. Sharing
 * again does not put them back; joining is the runner's own step.
 */
@Component
class LeavingWithTheLink {

    private static final Logger log = LoggerFactory.getLogger(LeavingWithTheLink.class);

    private final BoardMembershipRepository memberships;

    private final BoardSecrets secrets;

    LeavingWithTheLink(BoardMembershipRepository memberships, BoardSecrets secrets) {
        this.memberships = memberships;
        this.secrets = secrets;
    }

    @EventListener
    void sharingStopped(SharingStopped stopped) {
        leaveEveryBoard(stopped.token());
    }

    @EventListener
    void resultDeleted(ResultDeleted deleted) {
        leaveEveryBoard(deleted.token());
    }

    private void leaveEveryBoard(String token) {
        int left = memberships.deleteByTokenMac(secrets.tokenMac(token));
        if (left > 0) {
            log.info("A runner left {} boards with their share link", left);
        }
    }

}

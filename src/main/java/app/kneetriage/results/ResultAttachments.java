package app.kneetriage.results;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What another module keeps beside a result (a return to running, say), sealed as the
 * result is: it opens only with the result's share token or manage key, and only for the
 * token it was sealed under, so moved to another row it no longer opens.
 */
@Component
public class ResultAttachments {

    private final TriageResultRepository results;

    private final ResultSealing sealing;

    ResultAttachments(TriageResultRepository results, ResultSealing sealing) {
        this.results = results;
        this.sealing = sealing;
    }

    /**
     * Locks the result's row until the transaction ends, as the result's own changes do:
     * a change racing a delete, the purge or a re-run of the same result waits for it.
     * @throws ResultDeletedException when the result went meanwhile
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(ManagedResult managed) {
        results.findLockedById(managed.id()).orElseThrow(ResultDeletedException::new);
    }

    /**
     * @param kind what the data is ("programme"), sealed in with the token's hash
     */
    public ResultSealing.Sealed seal(String kind, byte[] data, String token, String manageKey) {
        return sealing.seal(data, token, manageKey, associated(kind, token));
    }

    public byte[] openWithManageKey(String kind, ResultSealing.Sealed sealed, String token, String manageKey) {
        return sealing.openWithManageKey(sealed, manageKey, associated(kind, token));
    }

    public byte[] openWithShareToken(String kind, ResultSealing.Sealed sealed, String token) {
        return sealing.openWithShareToken(sealed, token, associated(kind, token));
    }

    private static byte[] associated(String kind, String token) {
        return (kind + " " + Tokens.hash(token)).getBytes(StandardCharsets.US_ASCII);
    }

}

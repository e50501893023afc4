package app.kneetriage.results;

import java.security.SecureRandom;
import java.util.Arrays;

import app.kneetriage.system.AesGcm;
import app.kneetriage.system.ServerSecret;
import org.springframework.stereotype.Component;

/**
 * Keeps a result's answers and outcome unreadable without its share token or manage key
 * (envelope encryption). Each result gets a random 256-bit data key; the data is sealed
 * under it with AES-GCM, and the data key is stored twice, wrapped under a key derived
 * from the share token and under one derived from the manage key (HKDF-SHA256, salted
 * with the server's secret). The database holds neither secret, only their hashes, so a
 * copy of it, or a deleted result's leftovers, reveal nothing of what a runner answered.
 * The tokens carry 144 random bits, so no slow key stretching is needed.
 */
@Component
public class ResultSealing {

    private static final int KEY_BYTES = 32;

    private static final String SHARE_TOKEN_KEY = "knee-triage result key from share token v1";

    private static final String MANAGE_KEY_KEY = "knee-triage result key from manage key v1";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerSecret serverSecret;

    ResultSealing(ServerSecret serverSecret) {
        this.serverSecret = serverSecret;
    }

    /**
     * @param associated what the sealed data belongs to (the token's hash): sealed data
     * moved to another row no longer opens
     */
    Sealed seal(byte[] data, String shareToken, String manageKey, byte[] associated) {
        byte[] dataKey = new byte[KEY_BYTES];
        RANDOM.nextBytes(dataKey);
        try {
            return new Sealed(AesGcm.seal(dataKey, data, associated),
                    AesGcm.seal(keyFrom(shareToken, SHARE_TOKEN_KEY), dataKey, associated),
                    AesGcm.seal(keyFrom(manageKey, MANAGE_KEY_KEY), dataKey, associated));
        }
        finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    byte[] openWithShareToken(Sealed sealed, String shareToken, byte[] associated) {
        return open(sealed.data(), sealed.keyByShareToken(), keyFrom(shareToken, SHARE_TOKEN_KEY), associated);
    }

    byte[] openWithManageKey(Sealed sealed, String manageKey, byte[] associated) {
        return open(sealed.data(), sealed.keyByManageKey(), keyFrom(manageKey, MANAGE_KEY_KEY), associated);
    }

    private byte[] keyFrom(String secret, String purpose) {
        return serverSecret.keyFrom(secret, purpose, KEY_BYTES);
    }

    private static byte[] open(byte[] data, byte[] wrappedKey, byte[] keyEncryptionKey, byte[] associated) {
        byte[] dataKey = AesGcm.open(keyEncryptionKey, wrappedKey, associated);
        try {
            return AesGcm.open(dataKey, data, associated);
        }
        finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * The three stored parts of sealed data: what another module keeps beside a result
     * stores them as they are (see {@link ResultAttachments}).
     */
    public record Sealed(byte[] data, byte[] keyByShareToken, byte[] keyByManageKey) {
    }

}

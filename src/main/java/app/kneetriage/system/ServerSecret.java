package app.kneetriage.system;

import java.nio.charset.StandardCharsets;

/**
 * The server's secret (see {@link ServerSecretConfiguration}). It never leaves this
 * object: callers get keys derived from it, one per purpose.
 */
public final class ServerSecret {

    private final byte[] secret;

    public ServerSecret(byte[] secret) {
        this.secret = secret.clone();
    }

    /** A key derived from the secret with HKDF, for one purpose only. */
    public byte[] key(String purpose, int length) {
        return Hkdf.derive(new byte[0], secret, purpose.getBytes(StandardCharsets.UTF_8), length);
    }

    /**
     * A key from a high-entropy secret of someone else's (a share token, a manage key),
     * salted with the server's secret, for one purpose only.
     */
    public byte[] keyFrom(String otherSecret, String purpose, int length) {
        return Hkdf.derive(secret, otherSecret.getBytes(StandardCharsets.UTF_8),
                purpose.getBytes(StandardCharsets.UTF_8), length);
    }

}

package app.kneetriage.system;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869), on the JDK's own HMAC: Java 17 has no HKDF of its
 * own. Turns a high-entropy secret (a share token, a manage key, the server's secret)
 * into keys, one per purpose.
 */
public final class Hkdf {

    private static final String HMAC = "HmacSHA256";

    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    public static byte[] derive(byte[] salt, byte[] inputKey, byte[] info, int length) {
        if (length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF cannot derive " + length + " bytes");
        }
        byte[] pseudoRandomKey = hmac(salt.length == 0 ? new byte[HASH_LENGTH] : salt, inputKey);
        ByteArrayOutputStream output = new ByteArrayOutputStream(length);
        byte[] block = new byte[0];
        for (int counter = 1; output.size() < length; counter++) {
            byte[] message = new byte[block.length + info.length + 1];
            System.arraycopy(block, 0, message, 0, block.length);
            System.arraycopy(info, 0, message, block.length, info.length);
            message[message.length - 1] = (byte) counter;
            block = hmac(pseudoRandomKey, message);
            output.write(block, 0, Math.min(block.length, length - output.size()));
        }
        return output.toByteArray();
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + HMAC, e);
        }
    }

}

package app.kneetriage.boards;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import app.kneetriage.system.AesGcm;
import app.kneetriage.system.Hkdf;
import app.kneetriage.system.ServerSecret;
import org.springframework.stereotype.Component;

/**
 * The secrets of boards. A board key is a result token's kind (144 random bits), kept as
 * a plain hash. A join code is short enough to read out to a group, so it is kept as a
 * keyed hash under the server secret: a copy of the database alone cannot try all codes.
 * A runner joins with the code alone, so a runner's share token is sealed to the board's
 * public key, whose private key is sealed under a key derived from the board key: the
 * server opens memberships only when the coach brings the board link. Beside each sits a
 * keyed hash of the token, by which the runner's own changes find the rows.
 */
@Component
class BoardSecrets {

    /** No 0/O, 1/I/L: codes are read out loud and typed on phones. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    static final int CODE_LENGTH = 8;

    private static final Pattern CODE_SHAPE = Pattern.compile("[" + CODE_ALPHABET + "]{" + CODE_LENGTH + "}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final int KEY_BYTES = 32;

    private static final String CURVE = "X25519";

    private final byte[] joinCodeKey;

    private final byte[] tokenKey;

    private final ServerSecret serverSecret;

    BoardSecrets(ServerSecret serverSecret) {
        this.serverSecret = serverSecret;
        this.joinCodeKey = serverSecret.key("knee-triage board join code v1", KEY_BYTES);
        this.tokenKey = serverSecret.key("knee-triage board token mac v1", KEY_BYTES);
    }

    static String newJoinCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** As a coach shows it: two groups of four. */
    static String readable(String joinCode) {
        return joinCode.substring(0, 4) + "-" + joinCode.substring(4);
    }

    /**
     * What a runner typed, without spaces and dashes and in capitals, if it could be a
     * code at all.
     */
    static Optional<String> normalised(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return CODE_SHAPE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    String joinCodeHash(String joinCode) {
        return mac(joinCodeKey, joinCode);
    }

    String tokenMac(String token) {
        return mac(tokenKey, token);
    }

    /**
     * A new board's key pair: the public key as it is, the private key sealed under the
     * board key, bound to the board by the key's hash.
     */
    BoardKeys newKeys(String boardKey, String keyHash) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(CURVE).generateKeyPair();
            return new BoardKeys(pair.getPublic().getEncoded(), AesGcm.seal(boardKeyKey(boardKey),
                    pair.getPrivate().getEncoded(), ascii("board private key " + keyHash)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has X25519", e);
        }
    }

    /**
     * A share token sealed to the board's public key (ECIES): an ephemeral X25519 key
     * agrees a secret with the board's key, HKDF turns it into an AES-GCM key, and the
     * ephemeral public key is kept in front of the sealed token.
     */
    byte[] sealToken(String token, CoachBoard board) {
        try {
            KeyFactory keys = KeyFactory.getInstance(CURVE);
            PublicKey boardPublic = keys.generatePublic(new X509EncodedKeySpec(board.getPublicKey()));
            KeyPair ephemeral = KeyPairGenerator.getInstance(CURVE).generateKeyPair();
            byte[] ephemeralPublic = ephemeral.getPublic().getEncoded();
            byte[] key = agreedKey(ephemeral.getPrivate(), boardPublic, ephemeralPublic);
            byte[] sealed = AesGcm.seal(key, ascii(token), associated(board.getId(), tokenMac(token)));
            return ByteBuffer.allocate(1 + ephemeralPublic.length + sealed.length)
                .put((byte) ephemeralPublic.length)
                .put(ephemeralPublic)
                .put(sealed)
                .array();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has X25519", e);
        }
    }

    /** What opens a board's memberships, from the board key; once per page. */
    Opener opener(CoachBoard board, String boardKey) {
        byte[] encoded = AesGcm.open(boardKeyKey(boardKey), board.getSealedPrivateKey(),
                ascii("board private key " + board.getKeyHash()));
        try {
            PrivateKey privateKey = KeyFactory.getInstance(CURVE).generatePrivate(new PKCS8EncodedKeySpec(encoded));
            return membership -> openToken(privateKey, membership);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("a board's own private key always decodes", e);
        }
        finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    private String openToken(PrivateKey boardPrivate, BoardMembership membership) {
        ByteBuffer stored = ByteBuffer.wrap(membership.getSealedToken());
        byte[] ephemeralPublic = new byte[stored.get()];
        stored.get(ephemeralPublic);
        byte[] sealed = new byte[stored.remaining()];
        stored.get(sealed);
        try {
            PublicKey ephemeral = KeyFactory.getInstance(CURVE).generatePublic(new X509EncodedKeySpec(ephemeralPublic));
            byte[] key = agreedKey(boardPrivate, ephemeral, ephemeralPublic);
            return new String(AesGcm.open(key, sealed, associated(membership.getBoardId(), membership.getTokenMac())),
                    StandardCharsets.US_ASCII);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("a board membership that does not decode", e);
        }
    }

    private static byte[] agreedKey(PrivateKey own, PublicKey other, byte[] ephemeralPublic)
            throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance(CURVE);
        agreement.init(own);
        agreement.doPhase(other, true);
        byte[] shared = agreement.generateSecret();
        try {
            return Hkdf.derive(ephemeralPublic, shared, ascii("knee-triage board token key v1"), KEY_BYTES);
        }
        finally {
            Arrays.fill(shared, (byte) 0);
        }
    }

    /** The coach's copy of the join code, bound to the board by its key's hash. */
    byte[] sealJoinCode(String joinCode, String boardKey, String keyHash) {
        return AesGcm.seal(boardKeyKey(boardKey), ascii(joinCode), ascii("board join code " + keyHash));
    }

    String openJoinCode(CoachBoard board, String boardKey) {
        return new String(AesGcm.open(boardKeyKey(boardKey), board.getSealedJoinCode(),
                ascii("board join code " + board.getKeyHash())), StandardCharsets.US_ASCII);
    }

    private byte[] boardKeyKey(String boardKey) {
        return serverSecret.keyFrom(boardKey, "knee-triage board key v1", KEY_BYTES);
    }

    /**
     * Binds a sealed token to its board and its row: moved elsewhere it no longer opens.
     */
    private static byte[] associated(long boardId, String tokenMac) {
        return ascii("board " + boardId + " " + tokenMac);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String mac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** Opens the share tokens of one board's memberships. */
    interface Opener {

        String token(BoardMembership membership);

    }

    /**
     * @param publicKey X.509-encoded
     * @param sealedPrivateKey PKCS #8-encoded, sealed under the board key
     */
    record BoardKeys(byte[] publicKey, byte[] sealedPrivateKey) {
    }

}

package app.kneetriage.rules.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An exercise picture's bytes, named by their SHA-256: written once, never changed,
 * shared by every rule version that uses it.
 */
@Entity
@Table(name = "exercise_picture")
public class PictureEntry {

    @Id
    private String contentHash;

    private String contentType;

    private String dataBase64;

    private Instant createdAt;

    protected PictureEntry() {
    }

    /** The name bytes are stored under: their SHA-256, in hex. */
    static String hashOf(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    PictureEntry(String contentHash, String contentType, byte[] data, Instant createdAt) {
        this.contentHash = contentHash;
        this.contentType = contentType;
        this.dataBase64 = Base64.getEncoder().encodeToString(data);
        this.createdAt = createdAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] data() {
        return Base64.getDecoder().decode(dataBase64);
    }

}

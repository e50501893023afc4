package app.kneetriage.rules.content;

import java.time.Instant;
import java.util.Base64;

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

    public PictureEntry(String contentHash, String contentType, byte[] data, Instant createdAt) {
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

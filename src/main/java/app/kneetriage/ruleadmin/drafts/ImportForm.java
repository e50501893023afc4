package app.kneetriage.ruleadmin.drafts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** A rule-set export, uploaded as a file or pasted; a file wins when both are given. */
public class ImportForm {

    static final int MAX_LENGTH = 1_000_000;

    @Size(max = MAX_LENGTH)
    private String document;

    private MultipartFile file;

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }

    boolean fileTooLarge() {
        return hasFile() && file.getSize() > MAX_LENGTH;
    }

    /** The export to import: the file's text, or what was pasted. */
    String text() {
        if (!hasFile()) {
            return document;
        }
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

}

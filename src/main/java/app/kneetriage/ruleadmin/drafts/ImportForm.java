package app.kneetriage.ruleadmin.drafts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A pasted rule-set export. */
public class ImportForm {

    @NotBlank
    @Size(max = 1_000_000)
    private String document;

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

}

package app.kneetriage.ruleadmin.drafts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The change note every published version carries. */
public class PublishForm {

    @NotBlank
    @Size(max = 2000)
    private String changeNote;

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

}

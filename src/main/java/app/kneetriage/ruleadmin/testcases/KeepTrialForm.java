package app.kneetriage.ruleadmin.testcases;

import app.kneetriage.rules.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Keeping tried answers as a test case, new or one whose answers were opened here: the
 * admin names it; the answers travel as the request that gives them, and the expected
 * outcome is worked out again on the server.
 */
public class KeepTrialForm {

    @NotBlank
    @Size(max = TextLimits.NAME)
    private String name;

    @NotBlank
    @Size(max = 20000)
    private String answers;

    /**
     * The test case whose answers are being changed, and the copy of it that was opened;
     * null for a new case.
     */
    private Long caseId;

    private Long caseVersion;

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getCaseVersion() {
        return caseVersion;
    }

    public void setCaseVersion(Long caseVersion) {
        this.caseVersion = caseVersion;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = answers;
    }

}

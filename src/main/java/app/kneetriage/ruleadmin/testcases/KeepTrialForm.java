package app.kneetriage.ruleadmin.testcases;

import app.kneetriage.rules.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Keeping tried answers as a test case: the admin names it; the answers travel as the
 * request that gives them, and the expected outcome is worked out again on the server.
 */
public class KeepTrialForm {

    @NotBlank
    @Size(max = TextLimits.NAME)
    private String name;

    @NotBlank
    @Size(max = 20000)
    private String answers;

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

package app.kneetriage.triage;

import app.kneetriage.questionnaire.TriageForm;

/**
 * The runner's form: the answers, and the name the runner gives whoever they share the
 * result with, which is not an answer and is checked by the results module.
 */
public class SubmissionForm extends TriageForm {

    private String nickname;

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

}

package app.kneetriage.questionnaire;

import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page with the symptom form needs, in one place: the checks that span fields,
 * and the choices and field order the template reads.
 */
@ControllerAdvice(annotations = QuestionnairePage.class)
class QuestionnaireAdvice {

    @InitBinder("triageForm")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(new TriageFormValidator());
    }

    @ModelAttribute
    void choices(Model model) {
        TriageFormChoices.addTo(model);
    }

}

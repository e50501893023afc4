package app.kneetriage.ruleadmin.editing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** "This item is not in the draft", with a way back, for the draft's item pages. */
@ControllerAdvice(assignableTypes = { CauseAdminController.class, ExerciseController.class })
class ItemNotInDraftAdvice {

    @ExceptionHandler(ItemNotInDraftException.class)
    ModelAndView notInDraft(ItemNotInDraftException e) {
        ModelAndView page = new ModelAndView("ruleadmin/not-in-draft", HttpStatus.NOT_FOUND);
        page.addObject("code", e.code());
        return page;
    }

}

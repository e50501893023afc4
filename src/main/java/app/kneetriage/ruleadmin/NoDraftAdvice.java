package app.kneetriage.ruleadmin;

import app.kneetriage.rules.content.NoDraftException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * An edit posted after the draft was discarded or published: the missing-page answer, as
 * for any other record that is gone.
 */
@ControllerAdvice
class NoDraftAdvice {

    @ExceptionHandler(NoDraftException.class)
    ModelAndView noDraft() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

}

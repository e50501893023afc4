package app.kneetriage.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Missing records on HTML pages get the friendly 404 page, never a 500. */
@ControllerAdvice
class PageExceptionHandler {

    static final String VIEW_NOT_FOUND = "error/404";

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView(VIEW_NOT_FOUND, HttpStatus.NOT_FOUND);
    }
}

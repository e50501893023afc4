package app.kneetriage.system;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Missing records and tampered form fields on HTML pages get friendly error pages, never
 * a 500.
 */
@ControllerAdvice
class PageExceptionHandler {

    static final String VIEW_NOT_FOUND = "error/404";

    static final String VIEW_ERROR = "error";

    static final String VIEW_TOO_LARGE = "error/413";

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView(VIEW_NOT_FOUND, HttpStatus.NOT_FOUND);
    }

    /** An upload above the server's limit, well above what any form accepts. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return new ModelAndView(VIEW_TOO_LARGE, HttpStatus.PAYLOAD_TOO_LARGE);
    }

    /** A tampered form post naming a list position no form has (e.g. rows[100000]). */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView badFormField() {
        return new ModelAndView(VIEW_ERROR, HttpStatus.BAD_REQUEST);
    }

}

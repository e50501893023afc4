package app.kneetriage.questionnaire;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks that span several fields of the {@link TriageForm}, after Bean Validation. */
public class TriageFormValidator implements Validator {

    static final int MAX_DURATION_DAYS = 3650;

    static final int MAX_SHOE_KM = 10_000;

    @Override
    public boolean supports(Class<?> type) {
        return TriageForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        TriageForm form = (TriageForm) target;
        if (!errors.hasFieldErrors("redFlags") && !errors.hasFieldErrors("noRedFlags")) {
            if (form.getRedFlags().isEmpty() && !form.isNoRedFlags()) {
                errors.rejectValue("redFlags", "redFlags.unanswered");
            }
            else if (!form.getRedFlags().isEmpty() && form.isNoRedFlags()) {
                errors.rejectValue("redFlags", "redFlags.contradiction");
            }
        }
        if (!errors.hasFieldErrors("durationAmount") && !errors.hasFieldErrors("durationUnit")
                && form.getDurationAmount() != null && form.durationDays() > MAX_DURATION_DAYS) {
            errors.rejectValue("durationAmount", "duration.tooLong");
        }
        if (!errors.hasFieldErrors("shoeDistance") && !errors.hasFieldErrors("shoeDistanceUnit")
                && form.getShoeDistance() != null && form.shoeDistanceKm() > MAX_SHOE_KM) {
            errors.rejectValue("shoeDistance", "shoeDistance.tooFar");
        }
    }

}

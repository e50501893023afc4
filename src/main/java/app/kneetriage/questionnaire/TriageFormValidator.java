package app.kneetriage.questionnaire;

import app.kneetriage.rules.AnswerLimits;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks that span several fields of the {@link TriageForm}, after Bean Validation. */
class TriageFormValidator implements Validator {

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
        if (!errors.hasFieldErrors("age")) {
            if (form.getAge() == null && !form.isAgeNotGiven()) {
                errors.rejectValue("age", "age.unanswered");
            }
            else if (form.getAge() != null && form.isAgeNotGiven()) {
                errors.rejectValue("age", "age.contradiction");
            }
        }
        if (!errors.hasFieldErrors("durationAmount") && !errors.hasFieldErrors("durationUnit")
                && form.getDurationAmount() != null && form.durationDays() > AnswerLimits.MAX_DURATION_DAYS) {
            errors.rejectValue("durationAmount", "duration.tooLong");
        }
        if (!errors.hasFieldErrors("shoeDistance") && !errors.hasFieldErrors("shoeDistanceUnit")
                && form.getShoeDistance() != null && form.shoeDistanceKm() > AnswerLimits.MAX_SHOE_DISTANCE_KM) {
            errors.rejectValue("shoeDistance", "shoeDistance.tooFar",
                    new Object[] { AnswerLimits.MAX_SHOE_DISTANCE_KM }, null);
        }
    }

}

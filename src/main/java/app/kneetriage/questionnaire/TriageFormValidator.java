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
            boolean ticked = !form.getRedFlags().isEmpty() || form.isFever();
            if (!ticked && !form.isNoRedFlags()) {
                errors.rejectValue("redFlags", "redFlags.unanswered");
            }
            else if (ticked && form.isNoRedFlags()) {
                errors.rejectValue("redFlags", "redFlags.contradiction");
            }
        }
        if (!errors.hasFieldErrors("kneeSigns") && !errors.hasFieldErrors("noKneeSigns")) {
            if (form.getKneeSigns().isEmpty() && !form.isNoKneeSigns()) {
                errors.rejectValue("kneeSigns", "kneeSigns.unanswered");
            }
            else if (!form.getKneeSigns().isEmpty() && form.isNoKneeSigns()) {
                errors.rejectValue("kneeSigns", "kneeSigns.contradiction");
            }
        }
        if (!errors.hasFieldErrors("boneHealth") && !form.getBoneHealth().isEmpty() && form.isBoneHealthNotSaid()) {
            errors.rejectValue("boneHealth", "boneHealth.contradiction");
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
        checkWeeklyChange(form, errors);
        if (!errors.hasFieldErrors("shoeDistance") && !errors.hasFieldErrors("shoeDistanceUnit")
                && form.getShoeDistance() != null && form.shoeDistanceKm() > AnswerLimits.MAX_SHOE_DISTANCE_KM) {
            errors.rejectValue("shoeDistance", "shoeDistance.tooFar",
                    new Object[] { AnswerLimits.MAX_SHOE_DISTANCE_KM }, null);
        }
    }

    /** More or less needs an amount, an amount needs a direction, less stops at 100 %. */
    private static void checkWeeklyChange(TriageForm form, Errors errors) {
        if (errors.hasFieldErrors("weeklyDistanceChange") || errors.hasFieldErrors("weeklyDistanceChangeAmount")) {
            return;
        }
        DistanceChange change = form.getWeeklyDistanceChange();
        Integer amount = form.getWeeklyDistanceChangeAmount();
        if (change == null && amount != null) {
            errors.rejectValue("weeklyDistanceChange", "weeklyChange.directionMissing");
        }
        else if ((change == DistanceChange.MORE || change == DistanceChange.LESS) && amount == null) {
            errors.rejectValue("weeklyDistanceChangeAmount", "weeklyChange.amountMissing");
        }
        else if (change == DistanceChange.LESS && amount > -AnswerLimits.MIN_WEEKLY_DISTANCE_CHANGE_PERCENT) {
            errors.rejectValue("weeklyDistanceChangeAmount", "weeklyChange.lessThanNothing");
        }
    }

}

package app.kneetriage.questionnaire;

import java.util.ArrayList;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Training;

/**
 * The symptom form filled in with answers given before, so they can be changed where they
 * were given: the admins' test cases open this way.
 */
public final class TriageForms {

    private TriageForms() {
    }

    public static TriageForm filledWith(Answers answers) {
        TriageForm form = new TriageForm();
        form.setLocation(answers.location());
        form.setSide(answers.side());
        form.setCharacter(answers.character());
        form.setOnset(answers.onset());
        form.setTiming(new ArrayList<>(answers.timing().stream().sorted().toList()));
        form.setPainScore(answers.painScore());
        form.setDurationAmount(answers.durationDays());
        form.setDurationUnit(DurationUnit.DAYS);
        form.setPreviousEpisodes(answers.previousEpisodes());
        form.setDailyActivitiesAffected(answers.dailyActivitiesAffected());
        form.setRedFlags(new ArrayList<>(answers.redFlags().stream().sorted().toList()));
        form.setNoRedFlags(answers.redFlags().isEmpty());
        form.setAge(answers.age());
        form.setAgeNotGiven(answers.age() == null);
        form.setInjuryEvent(answers.injuryEvent());
        form.setPopAtInjury(answers.popAtInjury());
        form.setCannotBendKnee(answers.cannotBendKnee());
        form.setGeneralSymptoms(new ArrayList<>(answers.generalSymptoms().stream().sorted().toList()));
        form.fillFrom(answers.knee(), answers.boneHealth());
        Training training = answers.training();
        Integer change = training.weeklyDistanceChangePercent();
        if (change != null) {
            form.setWeeklyDistanceChange(
                    change == 0 ? DistanceChange.SAME : change > 0 ? DistanceChange.MORE : DistanceChange.LESS);
            form.setWeeklyDistanceChangeAmount(change == 0 ? null : Math.abs(change));
        }
        form.setAddedSpeedAndHills(training.addedSpeedAndHills());
        form.setNewOrReturning(training.newOrReturning());
        form.setShoeDistance(training.shoeDistanceKm());
        form.setShoeDistanceUnit(DistanceUnit.KM);
        form.setCadenceSpm(training.cadenceSpm());
        form.setRunsOnCamberedRoads(training.runsOnCamberedRoads());
        form.setRestDaysPerWeek(training.restDaysPerWeek());
        return form;
    }

}

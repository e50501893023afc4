package app.kneetriage.questionnaire;

import java.util.List;

import app.kneetriage.rules.BoneHealth;
import app.kneetriage.rules.GeneralSymptom;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.PainCharacter;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.Side;
import app.kneetriage.rules.Timing;
import org.springframework.ui.Model;

/**
 * What the symptom form needs besides the form itself: the choices and the order of its
 * fields.
 */
final class TriageFormChoices {

    /**
     * The form's fields from top to bottom, so the error summary reads in the order of
     * the page.
     */
    static final List<String> FIELD_ORDER = List.of("redFlags", "noRedFlags", "age", "ageNotGiven", "location", "side",
            "character", "onset", "injuryEvent", "popAtInjury", "cannotBendKnee", "kneeSigns", "noKneeSigns",
            "durationAmount", "durationUnit", "previousEpisodes", "timing", "dailyActivitiesAffected", "painScore",
            "generalSymptoms", "boneHealth", "boneHealthNotSaid", "weeklyDistanceChange", "weeklyDistanceChangeAmount",
            "addedSpeedAndHills", "newOrReturning", "shoeDistance", "shoeDistanceUnit", "cadenceSpm",
            "runsOnCamberedRoads", "restDaysPerWeek", "nickname");

    private TriageFormChoices() {
    }

    static void addTo(Model model) {
        model.addAttribute("fieldOrder", FIELD_ORDER);
        model.addAttribute("redFlagChoices", List.of(RedFlag.values()));
        model.addAttribute("distanceChangeChoices", List.of(DistanceChange.values()));
        model.addAttribute("generalSymptomChoices", List.of(GeneralSymptom.values()));
        model.addAttribute("kneeSignChoices", List.of(KneeSign.values()));
        model.addAttribute("boneHealthChoices", List.of(BoneHealth.values()));
        model.addAttribute("locationChoices", List.of(Location.values()));
        model.addAttribute("sideChoices", List.of(Side.values()));
        model.addAttribute("characterChoices", List.of(PainCharacter.values()));
        model.addAttribute("onsetChoices", List.of(Onset.values()));
        model.addAttribute("timingChoices", List.of(Timing.values()));
        model.addAttribute("durationUnitChoices", List.of(DurationUnit.values()));
        model.addAttribute("distanceUnitChoices", List.of(DistanceUnit.values()));
    }

}

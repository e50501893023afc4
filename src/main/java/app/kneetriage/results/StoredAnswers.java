package app.kneetriage.results;

import java.util.List;
import java.util.Set;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.BoneHealth;
import app.kneetriage.rules.GeneralSymptom;
import app.kneetriage.rules.KneeSigns;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.PainCharacter;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.Side;
import app.kneetriage.rules.Timing;
import app.kneetriage.rules.Training;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A snapshot's answers as stored. The names are pinned here, not taken from the engine's
 * {@link Answers}, so renaming an engine component cannot change or lose stored data.
 * Required names are in every format; {@code knee} and {@code boneHealth} came with
 * format 2 (contract version 3).
 */
record StoredAnswers(@JsonProperty(value = "location", required = true) Location location,
        @JsonProperty(value = "side", required = true) Side side,
        @JsonProperty(value = "character", required = true) PainCharacter character,
        @JsonProperty(value = "onset", required = true) Onset onset,
        @JsonProperty(value = "timing", required = true) List<Timing> timing,
        @JsonProperty(value = "painScore", required = true) int painScore,
        @JsonProperty(value = "durationDays", required = true) int durationDays,
        @JsonProperty(value = "previousEpisodes", required = true) boolean previousEpisodes,
        @JsonProperty(value = "dailyActivitiesAffected", required = true) boolean dailyActivitiesAffected,
        @JsonProperty(value = "training", required = true) StoredTraining training,
        @JsonProperty(value = "redFlags", required = true) List<RedFlag> redFlags,
        @JsonProperty(value = "age", required = true) Integer age,
        @JsonProperty(value = "injuryEvent", required = true) Boolean injuryEvent,
        @JsonProperty(value = "popAtInjury", required = true) Boolean popAtInjury,
        @JsonProperty(value = "cannotBendKnee", required = true) Boolean cannotBendKnee,
        @JsonProperty(value = "generalSymptoms", required = true) List<GeneralSymptom> generalSymptoms,
        @JsonProperty("knee") StoredKneeSigns knee, @JsonProperty("boneHealth") List<BoneHealth> boneHealth) {

    static StoredAnswers of(Answers answers) {
        return new StoredAnswers(answers.location(), answers.side(), answers.character(), answers.onset(),
                List.copyOf(answers.timing()), answers.painScore(), answers.durationDays(), answers.previousEpisodes(),
                answers.dailyActivitiesAffected(), StoredTraining.of(answers.training()),
                List.copyOf(answers.redFlags()), answers.age(), answers.injuryEvent(), answers.popAtInjury(),
                answers.cannotBendKnee(), List.copyOf(answers.generalSymptoms()), StoredKneeSigns.of(answers.knee()),
                List.copyOf(answers.boneHealth()));
    }

    Answers toAnswers() {
        return new Answers(location, side, character, onset, set(timing), painScore, durationDays, previousEpisodes,
                dailyActivitiesAffected, training.toTraining(), set(redFlags), age, injuryEvent, popAtInjury,
                cannotBendKnee, set(generalSymptoms), knee == null ? null : knee.toKneeSigns(), set(boneHealth));
    }

    private static <E> Set<E> set(List<E> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    /**
     * Formats 1 and 2 also hold {@code empty}, which the engine's
     * {@code Training.isEmpty()} wrote; it says nothing the other names do not.
     */
    @JsonIgnoreProperties("empty")
    record StoredTraining(
            @JsonProperty(value = "weeklyDistanceChangePercent", required = true) Integer weeklyDistanceChangePercent,
            @JsonProperty(value = "addedSpeedAndHills", required = true) Boolean addedSpeedAndHills,
            @JsonProperty(value = "newOrReturning", required = true) Boolean newOrReturning,
            @JsonProperty(value = "shoeDistanceKm", required = true) Integer shoeDistanceKm,
            @JsonProperty(value = "cadenceSpm", required = true) Integer cadenceSpm,
            @JsonProperty(value = "runsOnCamberedRoads", required = true) Boolean runsOnCamberedRoads,
            @JsonProperty(value = "restDaysPerWeek", required = true) Integer restDaysPerWeek) {

        static StoredTraining of(Training t) {
            return new StoredTraining(t.weeklyDistanceChangePercent(), t.addedSpeedAndHills(), t.newOrReturning(),
                    t.shoeDistanceKm(), t.cadenceSpm(), t.runsOnCamberedRoads(), t.restDaysPerWeek());
        }

        Training toTraining() {
            return new Training(weeklyDistanceChangePercent, addedSpeedAndHills, newOrReturning, shoeDistanceKm,
                    cadenceSpm, runsOnCamberedRoads, restDaysPerWeek);
        }
    }

    record StoredKneeSigns(@JsonProperty(value = "boneSpot", required = true) Boolean boneSpot,
            @JsonProperty(value = "hopPain", required = true) Boolean hopPain,
            @JsonProperty(value = "limp", required = true) Boolean limp,
            @JsonProperty(value = "swellingAfterRuns", required = true) Boolean swellingAfterRuns,
            @JsonProperty(value = "catching", required = true) Boolean catching,
            @JsonProperty(value = "kneeSurgery", required = true) Boolean kneeSurgery) {

        static StoredKneeSigns of(KneeSigns k) {
            return new StoredKneeSigns(k.boneSpot(), k.hopPain(), k.limp(), k.swellingAfterRuns(), k.catching(),
                    k.kneeSurgery());
        }

        KneeSigns toKneeSigns() {
            return new KneeSigns(boneSpot, hopPain, limp, swellingAfterRuns, catching, kneeSurgery);
        }
    }

}

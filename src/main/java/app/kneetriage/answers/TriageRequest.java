package app.kneetriage.answers;

import static app.kneetriage.rules.AnswerLimits.MAX_AGE;
import static app.kneetriage.rules.AnswerLimits.MAX_CADENCE_SPM;
import static app.kneetriage.rules.AnswerLimits.MAX_DURATION_DAYS;
import static app.kneetriage.rules.AnswerLimits.MAX_PAIN_SCORE;
import static app.kneetriage.rules.AnswerLimits.MAX_REST_DAYS_PER_WEEK;
import static app.kneetriage.rules.AnswerLimits.MAX_SHOE_DISTANCE_KM;
import static app.kneetriage.rules.AnswerLimits.MAX_WEEKLY_DISTANCE_CHANGE_PERCENT;
import static app.kneetriage.rules.AnswerLimits.MIN_AGE;
import static app.kneetriage.rules.AnswerLimits.MIN_CADENCE_SPM;
import static app.kneetriage.rules.AnswerLimits.MIN_PAIN_SCORE;
import static app.kneetriage.rules.AnswerLimits.MIN_WEEKLY_DISTANCE_CHANGE_PERCENT;

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
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /api/v1/triage}, exactly as the triage contract names it. Also
 * how the answers are echoed back in a result document, and how test cases store them:
 * the JSON names are pinned, so renaming a component changes neither the contract nor
 * stored cases.
 */
public record TriageRequest(@JsonProperty("location") @NotNull Location location,
        @JsonProperty("side") @NotNull Side side, @JsonProperty("character") @NotNull PainCharacter character,
        @JsonProperty("onset") @NotNull Onset onset, @JsonProperty("timing") @NotNull List<@NotNull Timing> timing,
        @JsonProperty("painScore") @NotNull @Min(MIN_PAIN_SCORE) @Max(MAX_PAIN_SCORE) Integer painScore,
        @JsonProperty("durationDays") @NotNull @Min(0) @Max(MAX_DURATION_DAYS) Integer durationDays,
        @JsonProperty("previousEpisodes") Boolean previousEpisodes,
        @JsonProperty("dailyActivitiesAffected") Boolean dailyActivitiesAffected,
        @JsonProperty("training") @Valid TrainingRequest training,
        @JsonProperty("redFlags") @NotNull List<@NotNull RedFlag> redFlags,
        @JsonProperty("age") @JsonInclude(JsonInclude.Include.NON_NULL) @Min(MIN_AGE) @Max(MAX_AGE) Integer age,
        @JsonProperty("injuryEvent") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean injuryEvent,
        @JsonProperty("popAtInjury") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean popAtInjury,
        @JsonProperty("cannotBendKnee") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean cannotBendKnee,
        @JsonProperty("generalSymptoms") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull GeneralSymptom> generalSymptoms,
        @JsonProperty("boneSpot") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean boneSpot,
        @JsonProperty("hopPain") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean hopPain,
        @JsonProperty("limp") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean limp,
        @JsonProperty("swellingAfterRuns") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean swellingAfterRuns,
        @JsonProperty("catching") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean catching,
        @JsonProperty("kneeSurgery") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean kneeSurgery,
        @JsonProperty("boneHealth") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull BoneHealth> boneHealth) {

    /** The optional training answers; a missing field means "not answered". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrainingRequest(
            @JsonProperty("weeklyDistanceChangePercent") @Min(MIN_WEEKLY_DISTANCE_CHANGE_PERCENT) @Max(MAX_WEEKLY_DISTANCE_CHANGE_PERCENT) Integer weeklyDistanceChangePercent,
            @JsonProperty("addedSpeedAndHills") Boolean addedSpeedAndHills,
            @JsonProperty("newOrReturning") Boolean newOrReturning,
            @JsonProperty("shoeDistanceKm") @Min(0) @Max(MAX_SHOE_DISTANCE_KM) Integer shoeDistanceKm,
            @JsonProperty("cadenceSpm") @Min(MIN_CADENCE_SPM) @Max(MAX_CADENCE_SPM) Integer cadenceSpm,
            @JsonProperty("runsOnCamberedRoads") Boolean runsOnCamberedRoads,
            @JsonProperty("restDaysPerWeek") @Min(0) @Max(MAX_REST_DAYS_PER_WEEK) Integer restDaysPerWeek) {
    }

    public Answers toAnswers() {
        Training answeredTraining = training == null ? null
                : new Training(training.weeklyDistanceChangePercent(), training.addedSpeedAndHills(),
                        training.newOrReturning(), training.shoeDistanceKm(), training.cadenceSpm(),
                        training.runsOnCamberedRoads(), training.restDaysPerWeek());
        return new Answers(location, side, character, onset, Set.copyOf(timing), painScore, durationDays,
                Boolean.TRUE.equals(previousEpisodes), Boolean.TRUE.equals(dailyActivitiesAffected), answeredTraining,
                Set.copyOf(redFlags), age, injuryEvent, popAtInjury, cannotBendKnee,
                generalSymptoms == null ? Set.of() : Set.copyOf(generalSymptoms),
                new KneeSigns(boneSpot, hopPain, limp, swellingAfterRuns, catching, kneeSurgery),
                boneHealth == null ? Set.of() : Set.copyOf(boneHealth));
    }

    public static TriageRequest from(Answers answers) {
        Training t = answers.training();
        KneeSigns knee = answers.knee();
        TrainingRequest training = t.isEmpty() ? null
                : new TrainingRequest(t.weeklyDistanceChangePercent(), t.addedSpeedAndHills(), t.newOrReturning(),
                        t.shoeDistanceKm(), t.cadenceSpm(), t.runsOnCamberedRoads(), t.restDaysPerWeek());
        return new TriageRequest(answers.location(), answers.side(), answers.character(), answers.onset(),
                List.copyOf(answers.timing()), answers.painScore(), answers.durationDays(), answers.previousEpisodes(),
                answers.dailyActivitiesAffected(), training, List.copyOf(answers.redFlags()), answers.age(),
                answers.injuryEvent(), answers.popAtInjury(), answers.cannotBendKnee(),
                List.copyOf(answers.generalSymptoms()), knee.boneSpot(), knee.hopPain(), knee.limp(),
                knee.swellingAfterRuns(), knee.catching(), knee.kneeSurgery(), List.copyOf(answers.boneHealth()));
    }
}

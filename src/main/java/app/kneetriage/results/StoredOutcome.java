package app.kneetriage.results;

import java.util.List;

import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.ExerciseKind;
import app.kneetriage.rules.ExercisePicture;
import app.kneetriage.rules.Fit;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.Plan;
import app.kneetriage.rules.PlanAdvice;
import app.kneetriage.rules.RankedCause;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.Running;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A snapshot's outcome as stored, names pinned apart from the engine's records. Required
 * names are in every format; an exercise's picture and a week's planned session came
 * during format 1, an exercise's kind and {@code loadsKnee} with format 2.
 */
record StoredOutcome(@JsonProperty(value = "rulesVersion", required = true) int rulesVersion,
        @JsonProperty(value = "urgency", required = true) Urgency urgency,
        @JsonProperty(value = "urgencyReasons", required = true) List<String> urgencyReasons,
        @JsonProperty(value = "causes", required = true) List<StoredCause> causes,
        @JsonProperty(value = "plan", required = true) StoredPlan plan) {

    static StoredOutcome of(Outcome outcome) {
        return new StoredOutcome(outcome.rulesVersion(), outcome.urgency(), outcome.urgencyReasons(),
                outcome.causes().stream().map(StoredCause::of).toList(), StoredPlan.of(outcome.plan()));
    }

    Outcome toOutcome() {
        return new Outcome(rulesVersion, urgency, urgencyReasons, causes.stream().map(StoredCause::toCause).toList(),
                plan.toPlan());
    }

    /** {@code fit} may be null: results made before fit words existed. */
    record StoredCause(@JsonProperty(value = "code", required = true) String code,
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "explanation", required = true) String explanation,
            @JsonProperty(value = "score", required = true) double score,
            @JsonProperty(value = "reasons", required = true) List<String> reasons,
            @JsonProperty(value = "fit", required = true) Fit fit) {

        static StoredCause of(RankedCause c) {
            return new StoredCause(c.code(), c.name(), c.explanation(), c.score(), c.reasons(), c.fit());
        }

        RankedCause toCause() {
            return new RankedCause(code, name, explanation, score, reasons, fit);
        }
    }

    /** {@code running} may be null: results made before the running answer existed. */
    record StoredPlan(@JsonProperty(value = "exercises", required = true) List<StoredExercise> exercises,
            @JsonProperty(value = "returnToRun", required = true) List<StoredStep> returnToRun,
            @JsonProperty(value = "advice", required = true) List<StoredAdvice> advice,
            @JsonProperty(value = "running", required = true) StoredRunning running) {

        static StoredPlan of(Plan plan) {
            return new StoredPlan(plan.exercises().stream().map(StoredExercise::of).toList(),
                    plan.returnToRun().stream().map(StoredStep::of).toList(),
                    plan.advice().stream().map(StoredAdvice::of).toList(), StoredRunning.of(plan.running()));
        }

        Plan toPlan() {
            return new Plan(exercises.stream().map(StoredExercise::toExercise).toList(),
                    returnToRun.stream().map(StoredStep::toStep).toList(),
                    advice.stream().map(StoredAdvice::toAdvice).toList(), running == null ? null : running.toRunning());
        }
    }

    record StoredExercise(@JsonProperty(value = "code", required = true) String code,
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "aim", required = true) String aim,
            @JsonProperty(value = "howTo", required = true) String howTo,
            @JsonProperty(value = "sets", required = true) Integer sets,
            @JsonProperty(value = "reps", required = true) Integer reps,
            @JsonProperty(value = "holdSeconds", required = true) Integer holdSeconds,
            @JsonProperty(value = "perSide", required = true) boolean perSide,
            @JsonProperty(value = "caution", required = true) String caution,
            @JsonProperty(value = "timesPerWeek", required = true) Integer timesPerWeek,
            @JsonProperty(value = "progression", required = true) String progression,
            @JsonProperty("picture") StoredPicture picture, @JsonProperty("kind") ExerciseKind kind,
            @JsonProperty("loadsKnee") Boolean loadsKnee) {

        static StoredExercise of(Exercise e) {
            return new StoredExercise(e.code(), e.name(), e.aim(), e.howTo(), e.sets(), e.reps(), e.holdSeconds(),
                    e.perSide(), e.caution(), e.timesPerWeek(), e.progression(), StoredPicture.of(e.picture()),
                    e.kind(), e.loadsKnee());
        }

        Exercise toExercise() {
            return new Exercise(code, name, aim, howTo, sets, reps, holdSeconds, perSide, caution, timesPerWeek,
                    progression, picture == null ? null : picture.toPicture(), kind, Boolean.TRUE.equals(loadsKnee));
        }
    }

    record StoredPicture(@JsonProperty(value = "hash", required = true) String hash,
            @JsonProperty(value = "alt", required = true) String alt) {

        static StoredPicture of(ExercisePicture picture) {
            return picture == null ? null : new StoredPicture(picture.hash(), picture.alt());
        }

        ExercisePicture toPicture() {
            return new ExercisePicture(hash, alt);
        }
    }

    record StoredStep(@JsonProperty(value = "week", required = true) int week,
            @JsonProperty(value = "description", required = true) String description,
            @JsonProperty("sessions") Integer sessions, @JsonProperty("walkMinutes") Integer walkMinutes,
            @JsonProperty("runMinutes") Integer runMinutes) {

        static StoredStep of(ReturnStep step) {
            return new StoredStep(step.week(), step.description(), step.sessions(), step.walkMinutes(),
                    step.runMinutes());
        }

        ReturnStep toStep() {
            return new ReturnStep(week, description, sessions, walkMinutes, runMinutes);
        }
    }

    record StoredAdvice(@JsonProperty(value = "section", required = true) AdviceSection section,
            @JsonProperty(value = "text", required = true) String text) {

        static StoredAdvice of(PlanAdvice advice) {
            return new StoredAdvice(advice.section(), advice.text());
        }

        PlanAdvice toAdvice() {
            return new PlanAdvice(section, text);
        }
    }

    record StoredRunning(@JsonProperty(value = "advice", required = true) RunningAdvice advice,
            @JsonProperty(value = "text", required = true) String text) {

        static StoredRunning of(Running running) {
            return running == null ? null : new StoredRunning(running.advice(), running.text());
        }

        Running toRunning() {
            return new Running(advice, text);
        }
    }

}

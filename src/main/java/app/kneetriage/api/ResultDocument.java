package app.kneetriage.api;

import java.time.Instant;
import java.util.List;

import app.kneetriage.answers.TriageRequest;
import app.kneetriage.results.StoredResult;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.ExerciseKind;
import app.kneetriage.rules.Fit;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.Plan;
import app.kneetriage.rules.PlanAdvice;
import app.kneetriage.rules.PlanSection;
import app.kneetriage.rules.RankedCause;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.Running;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A result as the JSON API returns it; field names follow the triage contract.
 * {@code manageKey} and {@code manageUrl} appear only in the answer that created the
 * result.
 */
record ResultDocument(String token, String shareUrl, Instant createdAt, int rulesVersion, Urgency urgency,
        List<String> urgencyReasons, List<CauseDocument> causes, PlanDocument plan, TriageRequest answers,
        @JsonInclude(JsonInclude.Include.NON_NULL) String manageKey,
        @JsonInclude(JsonInclude.Include.NON_NULL) String manageUrl) {

    /**
     * {@code fit} is the score in words; {@code null} only for results made before it
     * existed.
     */
    record CauseDocument(String code, String name, double score, Fit fit, List<String> reasons, String explanation) {

        static CauseDocument of(RankedCause cause) {
            return new CauseDocument(cause.code(), cause.name(), cause.score(), cause.fit(), cause.reasons(),
                    cause.explanation());
        }
    }

    /**
     * {@code advice} is the flat list version 1 clients read; {@code sections} groups the
     * same advice. {@code running} is {@code null} only for results made before it
     * existed.
     */
    record PlanDocument(RunningDocument running, List<ExerciseDocument> exercises, List<ReturnStepDocument> returnToRun,
            List<PlanSection> sections, List<String> advice) {
    }

    /**
     * A week as the contract has it; the tracker's runs a week and planned minutes stay
     * inside the app.
     */
    record ReturnStepDocument(int week, String description) {

        static ReturnStepDocument of(ReturnStep step) {
            return new ReturnStepDocument(step.week(), step.description());
        }
    }

    record RunningDocument(RunningAdvice advice, String text) {

        static RunningDocument of(Running running) {
            return running == null ? null : new RunningDocument(running.advice(), running.text());
        }
    }

    /**
     * {@code notes} is how to do the exercise; {@code aim} groups exercises,
     * {@code caution} may be null; {@code kind} is null for content made before version
     * 3.
     */
    record ExerciseDocument(String name, Integer sets, Integer reps, Integer holdSeconds, boolean perSide,
            Integer timesPerWeek, String progression, String notes, String aim, String caution, ExerciseKind kind,
            boolean loadsKnee) {

        static ExerciseDocument of(Exercise exercise) {
            return new ExerciseDocument(exercise.name(), exercise.sets(), exercise.reps(), exercise.holdSeconds(),
                    exercise.perSide(), exercise.timesPerWeek(), exercise.progression(), exercise.howTo(),
                    exercise.aim(), exercise.caution(), exercise.kind(), exercise.loadsKnee());
        }
    }

    /** A new result, with the manage key that is shown this once only. */
    static ResultDocument created(StoredResult result, String shareUrl, String manageKey, String manageUrl) {
        ResultDocument document = of(result, shareUrl);
        return new ResultDocument(document.token(), document.shareUrl(), document.createdAt(), document.rulesVersion(),
                document.urgency(), document.urgencyReasons(), document.causes(), document.plan(), document.answers(),
                manageKey, manageUrl);
    }

    static ResultDocument of(StoredResult result, String shareUrl) {
        Outcome outcome = result.outcome();
        Plan planned = outcome.plan();
        PlanDocument plan = new PlanDocument(RunningDocument.of(planned.running()),
                planned.exercises().stream().map(ExerciseDocument::of).toList(),
                planned.returnToRun().stream().map(ReturnStepDocument::of).toList(), planned.sections(),
                planned.advice().stream().map(PlanAdvice::text).toList());
        return new ResultDocument(result.token(), shareUrl, result.createdAt(), outcome.rulesVersion(),
                outcome.urgency(), outcome.urgencyReasons(), outcome.causes().stream().map(CauseDocument::of).toList(),
                plan, TriageRequest.from(result.answers()), null, null);
    }
}

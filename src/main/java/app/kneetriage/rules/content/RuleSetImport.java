package app.kneetriage.rules.content;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.ExerciseKind;
import app.kneetriage.rules.ExercisePicture;
import app.kneetriage.rules.Fit;
import app.kneetriage.rules.FitBands;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
import tools.jackson.databind.JsonNode;

/**
 * An exported {@link RuleSetDocument} turned into a new, unsaved draft, checked
 * completely first (shape, references, every condition, the engine's own checks and the
 * columns' widths), so a bad file changes nothing.
 */
final class RuleSetImport {

    private RuleSetImport() {
    }

    /**
     * @throws InvalidRuleException with a readable message when the document is not a
     * valid rule set
     */
    static RuleVersion toDraft(RuleSetDocument document, Instant now, Predicate<String> pictureExists) {
        RuleVersion draft = new RuleVersion();
        draft.setStatus(RuleSetStatus.DRAFT);
        draft.getPlanSettings().setPlanCauseCount(document.planCauseCount());
        draft.setCreatedAt(now);
        boolean v1 = RuleSetDocument.FORMAT_V1.equals(document.format());
        Map<String, ExerciseEntry> exercises = new HashMap<>();
        int order = 0;
        for (RuleSetDocument.ExerciseDoc doc : required(document.exercises(), "exercises")) {
            ExerciseEntry exercise = new ExerciseEntry();
            exercise.setRuleSet(draft);
            exercise.setSortOrder(++order);
            exercise.setCode(doc.code());
            exercise.setName(doc.name());
            exercise.setAim(doc.aim());
            exercise.setHowTo(doc.howTo());
            exercise.setSets(doc.sets());
            exercise.setReps(doc.reps());
            exercise.setHoldSeconds(doc.holdSeconds());
            exercise.setPerSide(doc.perSide());
            exercise.setCaution(doc.caution());
            exercise.setTimesPerWeek(doc.timesPerWeek());
            exercise.setProgression(doc.progression());
            exercise.setKind(doc.kind() == null ? null : enumValue(ExerciseKind.class, doc.kind(), "exercise kind"));
            exercise.setLoadsKnee(Boolean.TRUE.equals(doc.loadsKnee()));
            // A picture travels by its hash only: one not stored here is left out, and
            // can be
            // uploaded again once the draft exists.
            if (doc.pictureHash() != null && pictureExists.test(doc.pictureHash())) {
                ExercisePicture picture = new ExercisePicture(doc.pictureHash(), doc.pictureAlt());
                exercise.setPicture(picture.hash(), picture.alt());
            }
            draft.parts().exercises().add(exercise);
            exercises.put(doc.code(), exercise);
        }
        Map<String, CauseEntry> causes = new HashMap<>();
        order = 0;
        for (RuleSetDocument.CauseDoc doc : required(document.causes(), "causes")) {
            CauseEntry cause = new CauseEntry();
            cause.setRuleSet(draft);
            cause.setSortOrder(++order);
            cause.setCode(doc.code());
            cause.setName(doc.name());
            cause.setExplanation(doc.explanation());
            cause.setRankFirstWhen(condition(doc.rankFirstWhen()));
            // Version 1 listed every cause that scored; version 2 lists a weak one only
            // when asked.
            cause.setListWhenWeak(v1 ? Condition.ALWAYS : condition(doc.listWhenWeak()));
            cause.setPlanAlone(doc.planAlone());
            cause.setListOnlyWhen(condition(doc.listOnlyWhen()));
            cause.setRankFirstPriority(doc.rankFirstPriority());
            cause.setPlanOnlyWhenFirst(Boolean.TRUE.equals(doc.planOnlyWhenFirst()));
            int itemOrder = 0;
            for (RuleSetDocument.PatternItemDoc itemDoc : required(doc.pattern(), "pattern of " + doc.code())) {
                PatternItemEntry item = new PatternItemEntry();
                item.setCause(cause);
                item.setSortOrder(++itemOrder);
                item.setCondition(condition(itemDoc.condition()));
                item.setWeight(itemDoc.weight());
                item.setReason(itemDoc.reason());
                cause.editablePatternItems().add(item);
            }
            int exerciseOrder = 0;
            for (String code : required(doc.exercises(), "exercises of " + doc.code())) {
                ExerciseEntry exercise = exercises.get(code);
                if (exercise == null) {
                    throw new InvalidRuleException("cause " + doc.code() + " lists unknown exercise " + code);
                }
                CauseExerciseEntry planned = new CauseExerciseEntry();
                planned.setCause(cause);
                planned.setExercise(exercise);
                planned.setSortOrder(++exerciseOrder);
                cause.editableExercises().add(planned);
            }
            draft.parts().causes().add(cause);
            causes.put(doc.code(), cause);
        }
        order = 0;
        for (RuleSetDocument.UrgencyRuleDoc doc : required(document.urgencyRules(), "urgencyRules")) {
            UrgencyRuleEntry rule = new UrgencyRuleEntry();
            rule.setRuleSet(draft);
            rule.setSortOrder(++order);
            rule.setLevel(enumValue(Urgency.class, doc.level(), "urgency level"));
            rule.setCondition(condition(doc.condition()));
            rule.setReason(doc.reason());
            rule.setWhenCause(doc.whenCause());
            rule.setWhenCauseFit(doc.whenCauseFit() == null ? null : enumValue(Fit.class, doc.whenCauseFit(), "fit"));
            draft.parts().urgencyRules().add(rule);
        }
        order = 0;
        for (RuleSetDocument.AdviceDoc doc : required(document.advice(), "advice")) {
            AdviceEntry advice = new AdviceEntry();
            advice.setRuleSet(draft);
            advice.setSortOrder(++order);
            advice.setSection(enumValue(AdviceSection.class, doc.section(), "advice section"));
            if (doc.cause() != null) {
                advice.setCause(causes.get(doc.cause()));
                if (advice.getCause() == null) {
                    throw new InvalidRuleException("advice refers to unknown cause " + doc.cause());
                }
            }
            advice.setCondition(condition(doc.condition()));
            advice.setText(doc.text());
            advice.setWhenUrgency(
                    doc.whenUrgency() == null ? null : enumValue(Urgency.class, doc.whenUrgency(), "urgency level"));
            draft.parts().advice().add(advice);
        }
        for (RuleSetDocument.ReturnStepDoc doc : required(document.returnToRun(), "returnToRun")) {
            ReturnStepEntry step = new ReturnStepEntry();
            step.setRuleSet(draft);
            step.setWeekNumber(doc.week());
            step.setDescription(doc.description());
            step.copyPlanFrom(doc.sessions(), doc.walkMinutes(), doc.runMinutes());
            draft.parts().returnSteps().add(step);
        }
        if (!v1) {
            addVersion2Parts(draft, document);
        }
        // The engine's own checks: codes, texts, weights, doses, references and every
        // condition.
        draft.checkEvaluable();
        ColumnWidths.check(draft);
        return draft;
    }

    /**
     * Plan size, fit bands, running rules and section rules, which version 1 files lack.
     */
    private static void addVersion2Parts(RuleVersion draft, RuleSetDocument document) {
        draft.getPlanSettings().setMaxPlanExercises(Objects.requireNonNullElse(document.maxPlanExercises(), 0));
        if (document.fitBands() == null) {
            throw new InvalidRuleException("the file has no fitBands");
        }
        draft.getPlanSettings()
            .setFitBands(new FitBands(document.fitBands().strongFrom(), document.fitBands().moderateFrom()));
        RuleSetDocument.PainMonitoringDoc pain = document.painMonitoring();
        if (pain != null) {
            draft.getPlanSettings().setPainMonitoring(pain.toRule());
        }
        int order = 0;
        for (RuleSetDocument.RunningRuleDoc doc : required(document.runningRules(), "runningRules")) {
            RunningRuleEntry rule = new RunningRuleEntry();
            rule.setRuleSet(draft);
            rule.setSortOrder(++order);
            rule.setAdvice(enumValue(RunningAdvice.class, doc.advice(), "running answer"));
            rule.setWhenUrgency(
                    doc.whenUrgency() == null ? null : enumValue(Urgency.class, doc.whenUrgency(), "urgency level"));
            rule.setWhenTopCause(doc.whenTopCause());
            rule.setCondition(condition(doc.condition()));
            rule.setText(doc.text());
            draft.parts().runningRules().add(rule);
        }
        order = 0;
        for (RuleSetDocument.SectionRuleDoc doc : required(document.sectionRules(), "sectionRules")) {
            SectionRuleEntry rule = new SectionRuleEntry();
            rule.setRuleSet(draft);
            rule.setSortOrder(++order);
            rule.setSection(enumValue(AdviceSection.class, doc.section(), "advice section"));
            rule.setCondition(condition(doc.condition()));
            draft.parts().sectionRules().add(rule);
        }
        order = 0;
        List<RuleSetDocument.ExerciseLimitDoc> limits = Objects.requireNonNullElse(document.exerciseLimits(),
                List.of());
        for (RuleSetDocument.ExerciseLimitDoc doc : required(limits, "exerciseLimits")) {
            ExerciseLimitEntry limit = new ExerciseLimitEntry();
            limit.setRuleSet(draft);
            limit.setSortOrder(++order);
            limit.setWhenRunning(doc.whenRunning() == null ? null
                    : enumValue(RunningAdvice.class, doc.whenRunning(), "running answer"));
            limit.setWhenUrgency(
                    doc.whenUrgency() == null ? null : enumValue(Urgency.class, doc.whenUrgency(), "urgency level"));
            limit.setWhenTopCause(doc.whenTopCause());
            limit.setCondition(condition(doc.condition()));
            limit.setMaxExercises(doc.maxExercises());
            limit.setLeaveOutLoadingKnee(Boolean.TRUE.equals(doc.leaveOutLoadingKnee()));
            Set<ExerciseKind> kinds = EnumSet.noneOf(ExerciseKind.class);
            for (String kind : Objects.requireNonNullElse(doc.leaveOutKinds(), List.<String>of())) {
                kinds.add(enumValue(ExerciseKind.class, kind, "exercise kind"));
            }
            limit.setLeaveOutKinds(kinds);
            draft.parts().exerciseLimits().add(limit);
        }
    }

    private static Condition condition(JsonNode node) {
        return node == null || node.isNull() ? null : ConditionJson.fromTree(node);
    }

    private static <T> List<T> required(List<T> list, String what) {
        if (list == null) {
            throw new InvalidRuleException("the file has no " + what);
        }
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new InvalidRuleException("the file has an empty entry in " + what);
        }
        return list;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, Objects.requireNonNull(value));
        }
        catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRuleException("unknown " + what + " '" + value + "'");
        }
    }

}

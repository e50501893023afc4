package app.kneetriage.rules.content;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import app.kneetriage.rules.Condition;
import app.kneetriage.rules.FitBands;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.PainMonitoringRule;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export of a stored rule set as one {@link RuleSetDocument}, and import of such a
 * document as a new, unsaved draft. An import is checked completely (shape, references,
 * every condition, and the engine's own checks) before anything is written, so a bad file
 * changes nothing.
 */
@Component
public class RuleSetTransfer {

    private static final JsonMapper JSON = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    private final PictureRepository pictures;

    RuleSetTransfer(PictureRepository pictures) {
        this.pictures = pictures;
    }

    public String export(RuleVersion stored) {
        List<RuleSetDocument.ExerciseDoc> exercises = stored.getExercises()
            .stream()
            .map(e -> new RuleSetDocument.ExerciseDoc(e.getCode(), e.getName(), e.getAim(), e.getHowTo(), e.getSets(),
                    e.getReps(), e.getHoldSeconds(), e.isPerSide(), e.getCaution(), e.getTimesPerWeek(),
                    e.getProgression(), e.getPictureHash(), e.getPictureAlt(), name(e.getKind()), e.isLoadsKnee()))
            .toList();
        List<RuleSetDocument.CauseDoc> causes = stored.getCauses()
            .stream()
            .map(c -> new RuleSetDocument.CauseDoc(c.getCode(), c.getName(), c.getExplanation(),
                    tree(c.getRankFirstWhen()),
                    c.getPatternItems()
                        .stream()
                        .map(p -> new RuleSetDocument.PatternItemDoc(tree(p.getCondition()), p.getWeight(),
                                p.getReason()))
                        .toList(),
                    c.getExercises().stream().map(e -> e.getExercise().getCode()).toList(), tree(c.getListWhenWeak()),
                    c.isPlanAlone(), tree(c.getListOnlyWhen()), c.getRankFirstPriority(), c.isPlanOnlyWhenFirst()))
            .toList();
        List<RuleSetDocument.UrgencyRuleDoc> urgency = stored.getUrgencyRules()
            .stream()
            .map(u -> new RuleSetDocument.UrgencyRuleDoc(u.getLevel().name(), tree(u.getCondition()), u.getReason(),
                    u.getWhenCause(), name(u.getWhenCauseFit())))
            .toList();
        List<RuleSetDocument.AdviceDoc> advice = stored.getAdvice()
            .stream()
            .map(a -> new RuleSetDocument.AdviceDoc(a.getSection().name(),
                    a.getCause() == null ? null : a.getCause().getCode(), tree(a.getCondition()), a.getText(),
                    name(a.getWhenUrgency())))
            .toList();
        List<RuleSetDocument.ReturnStepDoc> steps = stored.getReturnSteps()
            .stream()
            .map(s -> new RuleSetDocument.ReturnStepDoc(s.getWeekNumber(), s.getDescription(), s.getSessionsPerWeek(),
                    s.getPlannedWalkMinutes(), s.getPlannedRunMinutes()))
            .toList();
        List<RuleSetDocument.RunningRuleDoc> running = stored.getRunningRules()
            .stream()
            .map(r -> new RuleSetDocument.RunningRuleDoc(r.getAdvice().name(), name(r.getWhenUrgency()),
                    r.getWhenTopCause(), tree(r.getCondition()), r.getText()))
            .toList();
        List<RuleSetDocument.SectionRuleDoc> sections = stored.getSectionRules()
            .stream()
            .map(r -> new RuleSetDocument.SectionRuleDoc(r.getSection().name(), tree(r.getCondition())))
            .toList();
        List<RuleSetDocument.ExerciseLimitDoc> limits = stored.getExerciseLimits()
            .stream()
            .map(l -> new RuleSetDocument.ExerciseLimitDoc(name(l.getWhenRunning()), name(l.getWhenUrgency()),
                    l.getWhenTopCause(), tree(l.getCondition()), l.getMaxExercises(), l.isLeaveOutLoadingKnee(),
                    l.getLeaveOutKinds().stream().map(Enum::name).toList()))
            .toList();
        PlanSettings settings = stored.getPlanSettings();
        FitBands bands = settings.getFitBands();
        PainMonitoringRule pain = settings.getPainMonitoring();
        return JSON.writeValueAsString(new RuleSetDocument(RuleSetDocument.FORMAT, settings.getPlanCauseCount(),
                settings.getMaxPlanExercises(),
                new RuleSetDocument.FitBandsDoc(bands.strongFrom(), bands.moderateFrom()), exercises, causes, urgency,
                advice, steps, running, sections,
                new RuleSetDocument.PainMonitoringDoc(pain.maxPainDuring(), pain.settledMorningPain(),
                        pain.weeklyRiseToStepBack(), pain.sessionsPerWeek(), pain.maxBaselinePain(),
                        pain.maxPainAfter(), pain.oneRunPerDay(), pain.minDaysPerWeek(), pain.creepWeeks(),
                        pain.overrunPercent(), pain.reduceStartWeek()),
                limits));
    }

    /**
     * A new, unsaved draft with all of {@code source}'s content: its export imported
     * again, so a copy keeps exactly what an export keeps (a draft starts as a copy of
     * the live version; a rollback publishes a copy of an older one).
     */
    public RuleVersion copyAsDraft(RuleVersion source, Instant now) {
        return importDraft(export(source), now);
    }

    /**
     * Where the document could not be read and what kind of problem it is, in plain
     * words: never the JSON library's own message.
     */
    static String unreadable(JacksonException e) {
        String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ")";
        if (e instanceof StreamReadException) {
            return "The file is not valid JSON" + line + ": check it is the whole export, unchanged.";
        }
        String where = e.getPath()
            .stream()
            .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "item " + (r.getIndex() + 1))
            .collect(Collectors.joining(", "));
        return "The file could not be read at " + (where.isEmpty() ? "its start" : where) + line
                + ": a value is missing or of the wrong kind (for example text where a whole number belongs).";
    }

    /**
     * @return a new draft holding the document's content, not yet saved
     * @throws InvalidRuleException with a readable message when the document is not a
     * valid rule set
     */
    public RuleVersion importDraft(String json, Instant now) {
        RuleSetDocument document;
        try {
            document = JSON.readValue(json, RuleSetDocument.class);
        }
        catch (JacksonException e) {
            throw new InvalidRuleException(unreadable(e));
        }
        if (document == null || !(RuleSetDocument.FORMAT.equals(document.format())
                || RuleSetDocument.FORMAT_V2.equals(document.format())
                || RuleSetDocument.FORMAT_V1.equals(document.format()))) {
            throw new InvalidRuleException(
                    "The file is not a rule set export (format must be " + RuleSetDocument.FORMAT + ").");
        }
        return RuleSetImport.toDraft(document, now, pictures::existsById);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static JsonNode tree(Condition condition) {
        return condition == null ? null : ConditionJson.toTree(condition);
    }

}

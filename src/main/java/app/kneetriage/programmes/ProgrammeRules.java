package app.kneetriage.programmes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import app.kneetriage.results.StoredResult;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.PainMonitoringRule;
import app.kneetriage.rules.Running;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.content.RuleSetProvider;
import org.springframework.stereotype.Component;

/**
 * The pain-monitoring rule a return to running follows: the one of the rules version the
 * programme started under, so neither a later publish nor a re-run under newer rules
 * rewrites a runner's past decisions.
 */
@Component
class ProgrammeRules {

    private final RuleSetProvider ruleSets;

    private final Clock clock;

    ProgrammeRules(RuleSetProvider ruleSets, Clock clock) {
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    /**
     * The next-morning pain is given from the day after the run on (contract v3).
     * @throws ProgrammeRefusedException naming {@code painNextMorning} before then
     */
    void requireMorningCame(LocalDate runDate) {
        if (!runDate.isBefore(LocalDate.now(clock))) {
            throw new ProgrammeRefusedException(ProgrammeRefusal.MORNING_TOO_EARLY);
        }
    }

    static boolean allowsRunning(Outcome outcome) {
        return outcome.plan().running() != null && outcome.plan().running().advice() != RunningAdvice.STOP
                && !outcome.plan().returnToRun().isEmpty();
    }

    PainMonitoringRule of(StoredResult result) {
        return ruleSets.painMonitoringOf(result.outcome().rulesVersion());
    }

    /** The programme's own rule; one started before V28 has the result's. */
    PainMonitoringRule of(ReturnProgramme programme, StoredResult result) {
        return ruleSets.painMonitoringOf(versionOf(programme, result));
    }

    Integer versionOf(ReturnProgramme programme, StoredResult result) {
        return programme.rulesVersion() != null ? programme.rulesVersion() : result.outcome().rulesVersion();
    }

    int startWeek(ReturnProgramme programme, StoredResult result) {
        return programme.startWeek() != null ? programme.startWeek() : startWeek(result);
    }

    /**
     * Where the programme starts follows "can I run?": a runner who may keep running at a
     * reduced level starts at the rule's first week of continuous running, so the
     * tracker, the coach's summary and the running answer agree; a pause starts at week
     * 1.
     */
    int startWeek(StoredResult result) {
        Running running = result.outcome().plan().running();
        return running != null && running.advice() == RunningAdvice.REDUCE ? of(result).reduceStartWeek() : 1;
    }

    /**
     * Whether a resting pain rules out starting: above the rule's limit for starting (and
     * never above what a run may reach), running is not the next step.
     */
    Optional<ProgrammeRefusal> baselineProblem(StoredResult result, int baselinePain) {
        PainMonitoringRule rule = of(result);
        return baselinePain > Math.min(rule.maxBaselinePain(), rule.maxPainDuring())
                ? Optional.of(ProgrammeRefusal.BASELINE_TOO_HIGH) : Optional.empty();
    }

}

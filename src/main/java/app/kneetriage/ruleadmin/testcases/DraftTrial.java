package app.kneetriage.ruleadmin.testcases;

import java.util.LinkedHashMap;
import java.util.Map;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.content.RuleSetStatus;
import app.kneetriage.rules.content.RuleVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Try it": a runner's answers against the draft and against the live version, side by
 * side; nothing is stored.
 */
@Service
class DraftTrial {

    private final RuleVersionRepository versions;

    DraftTrial(RuleVersionRepository versions) {
        this.versions = versions;
    }

    /**
     * What the draft and the live version answer; without a draft both are the live one.
     */
    record Trial(Outcome draft, Outcome live, boolean hasDraft) {
    }

    /**
     * @throws app.kneetriage.rules.InvalidRuleException when the draft cannot be
     * evaluated
     */
    @Transactional(readOnly = true)
    Trial compare(Answers answers) {
        Outcome live = TriageEngine.evaluate(answers, versions.latestPublished().toRuleSet());
        return versions.findFirstByStatus(RuleSetStatus.DRAFT)
            .map(draft -> new Trial(TriageEngine.evaluate(answers, draft.toRuleSet()), live, true))
            .orElseGet(() -> new Trial(live, live, false));
    }

    /**
     * The causes of the draft (the live version when there is none), code to name, in
     * order.
     */
    @Transactional(readOnly = true)
    Map<String, String> causeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        versions.draftOrLatestPublished().getCauses().forEach(cause -> names.put(cause.getCode(), cause.getName()));
        return names;
    }

    /**
     * @throws app.kneetriage.rules.InvalidRuleException when the draft cannot be
     * evaluated
     */
    @Transactional(readOnly = true)
    Outcome evaluate(Answers answers) {
        return TriageEngine.evaluate(answers, versions.draftOrLatestPublished().toRuleSet());
    }

}

package app.kneetriage.ruleadmin.testcases;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.content.RuleVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Try it": a runner's answers against the draft (the live version when there is no
 * draft); nothing is stored.
 */
@Service
class DraftTrial {

    private final RuleVersionRepository versions;

    DraftTrial(RuleVersionRepository versions) {
        this.versions = versions;
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

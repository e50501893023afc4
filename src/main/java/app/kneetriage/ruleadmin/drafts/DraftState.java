package app.kneetriage.ruleadmin.drafts;

import java.util.List;
import java.util.Optional;

import app.kneetriage.ruleadmin.testcases.CaseResult;
import app.kneetriage.rules.content.RuleVersion;

/**
 * What the draft page shows: the draft (if any), the version runners get, each test
 * case's result against the draft (or the live version), and why the content cannot be
 * evaluated, if it cannot.
 */
record DraftState(Optional<RuleVersion> draft, RuleVersion published, List<CaseResult> cases, List<String> problems) {

    boolean allPass() {
        return problems.isEmpty() && cases.stream().allMatch(CaseResult::passed);
    }
}

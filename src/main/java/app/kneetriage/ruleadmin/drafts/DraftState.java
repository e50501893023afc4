package app.kneetriage.ruleadmin.drafts;

import java.util.List;
import java.util.Optional;

import app.kneetriage.ruleadmin.testcases.CaseResult;
import app.kneetriage.rules.content.RuleVersion;

/**
 * What the draft page shows: the draft (if any), the version runners get, each test
 * case's result against the draft (or the live version), why the content cannot be
 * evaluated, if it cannot, and what the draft changes against the live version.
 */
record DraftState(Optional<RuleVersion> draft, RuleVersion published, List<CaseResult> cases, List<String> problems,
        List<RuleSetChanges.Change> changes) {

    DraftState(Optional<RuleVersion> draft, RuleVersion published, List<CaseResult> cases, List<String> problems) {
        this(draft, published, cases, problems, List.of());
    }

    boolean allPass() {
        return problems.isEmpty() && cases.stream().allMatch(CaseResult::passed);
    }
}

package app.kneetriage.ruleadmin.testcases;

import java.util.List;

import app.kneetriage.rules.Outcome;

/**
 * One test case against one rule set: whether it passed and, if not, each difference in
 * words. {@code outcome} is null when the case's answers could not be read.
 */
public record CaseResult(long caseId, String name, boolean passed, List<String> differences, Outcome outcome) {
}

package app.kneetriage.ruleadmin.testcases;

import java.util.ArrayList;
import java.util.List;

import app.kneetriage.api.InvalidAnswersException;
import app.kneetriage.api.TriageRequests;
import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.RankedCause;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.Running;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.Urgency;
import org.springframework.stereotype.Component;

/** Checks test cases against a rule set as the contract's Vignettes section defines. */
@Component
class TestCaseRunner {

    private final TriageRequests requests;

    TestCaseRunner(TriageRequests requests) {
        this.requests = requests;
    }

    List<CaseResult> run(List<TestCase> cases, RuleSet rules) {
        return cases.stream().map(c -> run(c, rules)).toList();
    }

    CaseResult run(TestCase testCase, RuleSet rules) {
        Answers answers;
        try {
            answers = requests.read(testCase.getAnswers());
        }
        catch (InvalidAnswersException e) {
            return new CaseResult(testCase.getId(), testCase.getName(), false, List.of(e.getMessage()), null);
        }
        Outcome outcome = TriageEngine.evaluate(answers, rules);
        List<String> differences = new ArrayList<>();
        if (outcome.urgency() != testCase.getExpectedUrgency()) {
            differences.add("urgency is " + outcome.urgency() + ", expected " + testCase.getExpectedUrgency());
        }
        List<String> codes = outcome.causes().stream().map(RankedCause::code).toList();
        boolean mayListNone = testCase.getExpectedUrgency() == Urgency.URGENT;
        if (codes.isEmpty() && !mayListNone) {
            differences.add("no cause is listed, expected one of " + testCase.topCodes() + " first");
        }
        else if (!codes.isEmpty() && !testCase.topCodes().isEmpty() && !testCase.topCodes().contains(codes.get(0))) {
            differences.add("first cause is " + codes.get(0) + ", expected one of " + testCase.topCodes());
        }
        Running running = outcome.plan().running();
        if (testCase.getExpectedRunning() != null
                && (running == null || running.advice() != testCase.getExpectedRunning())) {
            differences.add("running answer is " + (running == null ? "none" : running.advice()) + ", expected "
                    + testCase.getExpectedRunning());
        }
        boolean firstDays = outcome.plan().advice().stream().anyMatch(a -> a.section() == AdviceSection.FIRST_DAYS);
        if (testCase.getExpectedFirstDays() != null && firstDays != testCase.getExpectedFirstDays()) {
            differences.add(
                    firstDays ? "the first days' advice is shown, expected none" : "the first days' advice is missing");
        }
        for (String required : testCase.includedCodes()) {
            if (!codes.contains(required)) {
                differences.add(required + " is not listed (listed: " + codes + ")");
            }
        }
        return new CaseResult(testCase.getId(), testCase.getName(), differences.isEmpty(), differences, outcome);
    }

}

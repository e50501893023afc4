package app.kneetriage.ruleadmin.testcases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Checks test cases against a rule set as the contract's Vignettes section defines. */
@Component
class TestCaseRunner {

    private final TriageRequests requests;

    private final MessageSource messages;

    TestCaseRunner(TriageRequests requests, MessageSource messages) {
        this.requests = requests;
        this.messages = messages;
    }

    List<CaseResult> run(List<TestCase> cases, RuleSet rules) {
        return cases.stream().map(c -> run(c, rules)).toList();
    }

    /** One case against the rules; what differs is said in words, causes by name. */
    CaseResult run(TestCase testCase, RuleSet rules) {
        Answers answers;
        try {
            answers = requests.read(testCase.getAnswers());
        }
        catch (InvalidAnswersException e) {
            return new CaseResult(testCase.getId(), testCase.getName(), false, List.of(e.getMessage()), null);
        }
        Outcome outcome = TriageEngine.evaluate(answers, rules);
        Map<String, String> names = new HashMap<>();
        rules.causes().forEach(cause -> names.put(cause.code(), cause.name()));
        List<String> differences = new ArrayList<>();
        if (outcome.urgency() != testCase.getExpectedUrgency()) {
            differences.add(text("testCase.diff.urgency", text("admin.urgency." + outcome.urgency()),
                    text("admin.urgency." + testCase.getExpectedUrgency())));
        }
        List<String> codes = outcome.causes().stream().map(RankedCause::code).toList();
        boolean mayListNone = testCase.getExpectedUrgency() == Urgency.URGENT;
        if (codes.isEmpty() && !mayListNone) {
            differences.add(text("testCase.diff.noCause", oneOf(testCase.topCodes(), names)));
        }
        else if (!codes.isEmpty() && !testCase.topCodes().isEmpty() && !testCase.topCodes().contains(codes.get(0))) {
            differences.add(text("testCase.diff.top", name(codes.get(0), names), oneOf(testCase.topCodes(), names)));
        }
        Running running = outcome.plan().running();
        if (testCase.getExpectedRunning() != null
                && (running == null || running.advice() != testCase.getExpectedRunning())) {
            differences.add(text("testCase.diff.running",
                    running == null ? text("try.diff.nothing") : text("running." + running.advice() + ".short"),
                    text("running." + testCase.getExpectedRunning() + ".short")));
        }
        boolean firstDays = outcome.plan().advice().stream().anyMatch(a -> a.section() == AdviceSection.FIRST_DAYS);
        if (testCase.getExpectedFirstDays() != null && firstDays != testCase.getExpectedFirstDays()) {
            differences.add(text(firstDays ? "testCase.diff.firstDaysShown" : "testCase.diff.firstDaysMissing"));
        }
        for (String required : testCase.includedCodes()) {
            if (!codes.contains(required)) {
                differences.add(text("testCase.diff.notListed", name(required, names),
                        codes.isEmpty() ? text("try.diff.nothing")
                                : codes.stream().map(code -> name(code, names)).collect(Collectors.joining("; "))));
            }
        }
        return new CaseResult(testCase.getId(), testCase.getName(), differences.isEmpty(), differences, outcome);
    }

    private String oneOf(List<String> codes, Map<String, String> names) {
        return codes.stream().map(code -> name(code, names)).collect(Collectors.joining(text("testCase.diff.or")));
    }

    /** A cause by name; one the rules do not have stays its code, quoted. */
    private static String name(String code, Map<String, String> names) {
        return "\u201C" + names.getOrDefault(code, code) + "\u201D";
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, Locale.ENGLISH);
    }

}

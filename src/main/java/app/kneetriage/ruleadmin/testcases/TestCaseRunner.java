package app.kneetriage.ruleadmin.testcases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import app.kneetriage.answers.InvalidAnswersException;
import app.kneetriage.answers.TriageRequests;
import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.Plan;
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
        differences.addAll(ruledOut(testCase, outcome, names));
        List<String> texts = outcome.texts();
        String joined = String.join("\n", texts);
        for (String regex : testCase.mustSayLines()) {
            if (!pattern(regex).matcher(joined).find()) {
                differences.add(text("testCase.diff.mustSay", regex));
            }
        }
        return new CaseResult(testCase.getId(), testCase.getName(), differences.isEmpty(), differences, outcome);
    }

    /** What holds although the case rules it out, in words. */
    private List<String> ruledOut(TestCase testCase, Outcome outcome, Map<String, String> names) {
        List<String> differences = new ArrayList<>();
        Plan plan = outcome.plan();
        String top = outcome.causes().isEmpty() ? null : outcome.causes().get(0).code();
        for (String token : testCase.mustNotLines()) {
            int colon = token.indexOf(':');
            String kind = colon < 0 ? token : token.substring(0, colon);
            String value = colon < 0 ? "" : token.substring(colon + 1);
            switch (kind) {
                case "urgency" -> {
                    if (outcome.urgency().name().equals(value)) {
                        differences.add(text("testCase.diff.mustNot.urgency", text("admin.urgency." + value)));
                    }
                }
                case "running" -> {
                    if (plan.running() != null && plan.running().advice().name().equals(value)) {
                        differences.add(text("testCase.diff.mustNot.running", text("running." + value + ".short")));
                    }
                }
                case "top" -> {
                    if (value.equals(top)) {
                        differences.add(text("testCase.diff.mustNot.top", name(value, names)));
                    }
                }
                case "cause" -> {
                    if (outcome.causes().stream().anyMatch(c -> c.code().equals(value))) {
                        differences.add(text("testCase.diff.mustNot.cause", name(value, names)));
                    }
                }
                case "exercise" -> {
                    if (plan.exercises().stream().anyMatch(e -> e.name().equals(value))) {
                        differences.add(text("testCase.diff.mustNot.exercise", value));
                    }
                }
                case "anyExercise" -> {
                    if (!plan.exercises().isEmpty()) {
                        differences.add(text("testCase.diff.mustNot.anyExercise", plan.exercises().size()));
                    }
                }
                case "returnToRun" -> {
                    if (!plan.returnToRun().isEmpty()) {
                        differences.add(text("testCase.diff.mustNot.returnToRun"));
                    }
                }
                case "firstDays" -> {
                    if (plan.advice().stream().anyMatch(a -> a.section() == AdviceSection.FIRST_DAYS)) {
                        differences.add(text("testCase.diff.firstDaysShown"));
                    }
                }
                case "text" -> outcome.texts()
                    .stream()
                    .filter(t -> pattern(value).matcher(t).find())
                    .findFirst()
                    .ifPresent(t -> differences.add(text("testCase.diff.mustNot.text", value, t)));
                default -> differences.add(text("testCase.diff.mustNot.unknown", token));
            }
        }
        return differences;
    }

    /** A case's pattern, case-insensitive; one that does not compile matches nothing. */
    private static Pattern pattern(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        }
        catch (PatternSyntaxException e) {
            return Pattern.compile("(?!)");
        }
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

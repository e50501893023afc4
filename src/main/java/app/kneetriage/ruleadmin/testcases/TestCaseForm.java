package app.kneetriage.ruleadmin.testcases;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import app.kneetriage.rules.Codes;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.RankedCause;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.TextLimits;
import app.kneetriage.rules.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adding or editing a test case; {@code version} is the copy the admin started from (null
 * when new).
 */
public class TestCaseForm {

    private Long version;

    @NotBlank
    @Size(max = TextLimits.NAME)
    private String name;

    @NotBlank
    @Size(max = 20000)
    private String answers;

    @NotNull
    private Urgency expectedUrgency;

    /** the first cause must be one of these; empty: any */
    @Size(max = 50)
    private List<@Pattern(regexp = Codes.PATTERN) String> expectedTop = new ArrayList<>();

    /** causes that must be listed */
    @Size(max = 50)
    private List<@Pattern(regexp = Codes.PATTERN) String> expectedIncludes = new ArrayList<>();

    private RunningAdvice expectedRunning;

    private Boolean expectedFirstDays;

    /** what must not hold, one a line ({@code cause:ITBS}, {@code text:REGEX}...) */
    @Size(max = 4000)
    private String mustNot;

    /** patterns the answer's texts must match, one a line */
    @Size(max = 4000)
    private String mustSay;

    static TestCaseForm of(TestCase testCase) {
        TestCaseForm form = new TestCaseForm();
        form.version = testCase.getVersion();
        form.name = testCase.getName();
        form.answers = testCase.getAnswers();
        form.expectedUrgency = testCase.getExpectedUrgency();
        form.expectedTop = new ArrayList<>(TestCase.codes(testCase.getExpectedTop()));
        form.expectedIncludes = new ArrayList<>(TestCase.codes(testCase.getExpectedIncludes()));
        form.expectedRunning = testCase.getExpectedRunning();
        form.expectedFirstDays = testCase.getExpectedFirstDays();
        form.mustNot = testCase.getMustNot();
        form.mustSay = testCase.getMustSay();
        return form;
    }

    /**
     * A case that expects what {@code outcome} concludes: its urgency, its first cause,
     * every cause it lists, and its answer to "can I run?".
     */
    static TestCaseForm expecting(String name, String answers, Outcome outcome) {
        TestCaseForm form = new TestCaseForm();
        form.name = name;
        form.answers = answers;
        form.expectedUrgency = outcome.urgency();
        form.expectedTop = outcome.causes().stream().limit(1).map(RankedCause::code).collect(Collectors.toList());
        form.expectedIncludes = outcome.causes().stream().map(RankedCause::code).collect(Collectors.toList());
        form.expectedRunning = outcome.plan().running() == null ? null : outcome.plan().running().advice();
        return form;
    }

    void applyTo(TestCase testCase) {
        testCase.setName(name.strip());
        testCase.setAnswers(answers.strip());
        testCase.setExpectedUrgency(expectedUrgency);
        testCase.setExpectedTop(String.join(",", expectedTop.stream().map(String::strip).distinct().toList()));
        testCase
            .setExpectedIncludes(String.join(",", expectedIncludes.stream().map(String::strip).distinct().toList()));
        testCase.setExpectedRunning(expectedRunning);
        testCase.setExpectedFirstDays(expectedFirstDays);
        testCase.setMustNot(blankToNull(mustNot));
        testCase.setMustSay(blankToNull(mustSay));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getMustNot() {
        return mustNot;
    }

    public void setMustNot(String mustNot) {
        this.mustNot = mustNot;
    }

    public String getMustSay() {
        return mustSay;
    }

    public void setMustSay(String mustSay) {
        this.mustSay = mustSay;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = answers;
    }

    public Urgency getExpectedUrgency() {
        return expectedUrgency;
    }

    public void setExpectedUrgency(Urgency expectedUrgency) {
        this.expectedUrgency = expectedUrgency;
    }

    public List<String> getExpectedTop() {
        return expectedTop;
    }

    public void setExpectedTop(List<String> expectedTop) {
        this.expectedTop = expectedTop;
    }

    public List<String> getExpectedIncludes() {
        return expectedIncludes;
    }

    public void setExpectedIncludes(List<String> expectedIncludes) {
        this.expectedIncludes = expectedIncludes;
    }

    public RunningAdvice getExpectedRunning() {
        return expectedRunning;
    }

    public void setExpectedRunning(RunningAdvice expectedRunning) {
        this.expectedRunning = expectedRunning;
    }

    public Boolean getExpectedFirstDays() {
        return expectedFirstDays;
    }

    public void setExpectedFirstDays(Boolean expectedFirstDays) {
        this.expectedFirstDays = expectedFirstDays;
    }

}

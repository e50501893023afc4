package app.kneetriage.ruleadmin.testcases;

import java.util.Arrays;
import java.util.List;

import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A worked case that guards publishing, in the shape of the shared vignettes: answers
 * (request JSON), the exact urgency, the causes of which the first-ranked must be one,
 * and the causes that must be listed.
 */
@Entity
@Table(name = "test_case")
class TestCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String answers;

    @Enumerated(EnumType.STRING)
    private Urgency expectedUrgency;

    /** comma-separated cause codes */
    private String expectedTop;

    /** comma-separated cause codes */
    private String expectedIncludes;

    /** the running answer the rules must give, or {@code null} for any */
    @Enumerated(EnumType.STRING)
    private RunningAdvice expectedRunning;

    /**
     * whether the first days' advice must appear ({@code true}) or not ({@code false});
     * null for either
     */
    private Boolean expectedFirstDays;

    /**
     * what must not hold, one a line, as the contract's vignettes write it
     * ({@code urgency:URGENT}, {@code cause:ITBS}, {@code text:REGEX}...); null for none
     */
    private String mustNot;

    /**
     * regular expressions that the answer's texts, joined by newlines, must each match,
     * one a line; null for none
     */
    private String mustSay;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getAnswers() {
        return answers;
    }

    void setAnswers(String answers) {
        this.answers = answers;
    }

    Urgency getExpectedUrgency() {
        return expectedUrgency;
    }

    void setExpectedUrgency(Urgency expectedUrgency) {
        this.expectedUrgency = expectedUrgency;
    }

    String getExpectedTop() {
        return expectedTop;
    }

    void setExpectedTop(String expectedTop) {
        this.expectedTop = expectedTop;
    }

    String getExpectedIncludes() {
        return expectedIncludes;
    }

    void setExpectedIncludes(String expectedIncludes) {
        this.expectedIncludes = expectedIncludes;
    }

    RunningAdvice getExpectedRunning() {
        return expectedRunning;
    }

    void setExpectedRunning(RunningAdvice expectedRunning) {
        this.expectedRunning = expectedRunning;
    }

    Boolean getExpectedFirstDays() {
        return expectedFirstDays;
    }

    void setExpectedFirstDays(Boolean expectedFirstDays) {
        this.expectedFirstDays = expectedFirstDays;
    }

    String getMustNot() {
        return mustNot;
    }

    void setMustNot(String mustNot) {
        this.mustNot = mustNot;
    }

    String getMustSay() {
        return mustSay;
    }

    void setMustSay(String mustSay) {
        this.mustSay = mustSay;
    }

    List<String> mustNotLines() {
        return lines(mustNot);
    }

    List<String> mustSayLines() {
        return lines(mustSay);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    List<String> topCodes() {
        return codes(expectedTop);
    }

    List<String> includedCodes() {
        return codes(expectedIncludes);
    }

    static List<String> codes(String csv) {
        return Arrays.stream(csv == null ? new String[0] : csv.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    }

}

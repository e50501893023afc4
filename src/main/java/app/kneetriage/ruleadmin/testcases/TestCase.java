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

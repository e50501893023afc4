package app.kneetriage.ruleadmin.testcases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.kneetriage.audit.AuditLog;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.content.StaleEditException;
import app.kneetriage.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test cases that guard publishing: running all of them against a rule set, and
 * adding, changing and removing them, each change recorded in the audit log.
 */
@Service
public class TestCases {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestCaseRepository cases;

    private final TestCaseRunner runner;

    private final AuditLog audit;

    TestCases(TestCaseRepository cases, TestCaseRunner runner, AuditLog audit) {
        this.cases = cases;
        this.runner = runner;
        this.audit = audit;
    }

    /** Every test case against {@code rules}, in name order. */
    @Transactional(readOnly = true)
    public List<CaseResult> runAll(RuleSet rules) {
        return runner.run(cases.findAllByOrderByName(), rules);
    }

    @Transactional(readOnly = true)
    TestCase find(long id) {
        return cases.findById(id).orElseThrow(NotFoundException::new);
    }

    /**
     * @return the new case's id
     */
    @Transactional
    long create(String actor, TestCaseForm form) {
        TestCase testCase = new TestCase();
        form.applyTo(testCase);
        cases.save(testCase);
        audit.record(actor, "CREATE", "TEST_CASE", testCase.getName(), null, describe(testCase));
        return testCase.getId();
    }

    /**
     * @throws StaleEditException when someone saved this case after {@code form}'s copy
     * was opened
     */
    @Transactional
    void update(String actor, long id, TestCaseForm form) {
        TestCase testCase = find(id);
        if (form.getVersion() == null || testCase.getVersion() != form.getVersion()) {
            throw new StaleEditException();
        }
        String before = describe(testCase);
        form.applyTo(testCase);
        cases.flush();
        audit.record(actor, "UPDATE", "TEST_CASE", testCase.getName(), before, describe(testCase));
    }

    @Transactional
    void delete(String actor, long id) {
        TestCase testCase = find(id);
        cases.delete(testCase);
        audit.record(actor, "DELETE", "TEST_CASE", testCase.getName(), describe(testCase), null);
    }

    private static String describe(TestCase testCase) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", testCase.getName());
        fields.put("answers", testCase.getAnswers());
        fields.put("expectedUrgency", testCase.getExpectedUrgency());
        fields.put("expectedTop", testCase.getExpectedTop());
        fields.put("expectedIncludes", testCase.getExpectedIncludes());
        fields.put("expectedRunning", testCase.getExpectedRunning());
        fields.put("expectedFirstDays", testCase.getExpectedFirstDays());
        return JSON.writeValueAsString(fields);
    }

}

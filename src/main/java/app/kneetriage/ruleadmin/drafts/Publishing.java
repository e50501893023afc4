package app.kneetriage.ruleadmin.drafts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import app.kneetriage.audit.AuditLog;
import app.kneetriage.ruleadmin.testcases.CaseResult;
import app.kneetriage.ruleadmin.testcases.TestCases;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.content.RuleSetTransfer;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.RuleVersionPublished;
import app.kneetriage.rules.content.RuleVersionRepository;
import app.kneetriage.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making content live: the draft becomes the newest numbered version, or an older version
 * is published again (rollback), and either happens only while every test case passes.
 */
@Service
class Publishing {

    private final RuleVersionRepository versions;

    private final RuleSetTransfer transfer;

    private final TestCases testCases;

    private final AuditLog audit;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    Publishing(RuleVersionRepository versions, RuleSetTransfer transfer, TestCases testCases, AuditLog audit,
            Clock clock, ApplicationEventPublisher events) {
        this.versions = versions;
        this.transfer = transfer;
        this.testCases = testCases;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Makes the draft the newest version runners get.
     * @throws PublishRefusedException when the draft cannot be evaluated or a test case
     * fails
     */
    @Transactional
    int publish(String actor, String note) {
        versions.lockPublishing();
        RuleVersion draft = versions.findDraftForUpdate()
            .orElseThrow(() -> new PublishRefusedException(List.of("There is no draft to publish.")));
        requireCasesPass(draft);
        int number = publishAs(draft, actor, note);
        audit.record(actor, "PUBLISH", "RULE_SET", "Version " + number, null, note);
        return number;
    }

    /** Rollback: publishes a copy of an earlier version as the newest version. */
    @Transactional
    int republish(String actor, int versionNumber) {
        versions.lockPublishing();
        RuleVersion source = versions.findByVersionNumber(versionNumber).orElseThrow(NotFoundException::new);
        requireCasesPass(source);
        RuleVersion copy = transfer.copyAsDraft(source, clock.instant());
        String note = "Re-published version " + versionNumber;
        int number = publishAs(copy, actor, note);
        versions.save(copy);
        audit.record(actor, "REPUBLISH", "RULE_SET", "Version " + number, "Version " + versionNumber, note);
        return number;
    }

    private void requireCasesPass(RuleVersion candidate) {
        RuleSet rules;
        try {
            rules = candidate.toRuleSet();
        }
        catch (InvalidRuleException e) {
            throw new PublishRefusedException(List.of(e.getMessage()));
        }
        List<String> failures = new ArrayList<>();
        for (CaseResult result : testCases.runAll(rules)) {
            if (!result.passed()) {
                failures.add(result.name() + ": " + String.join("; ", result.differences()));
            }
        }
        if (!failures.isEmpty()) {
            throw new PublishRefusedException(failures);
        }
    }

    private int publishAs(RuleVersion ruleSet, String actor, String note) {
        int number = versions.findHighestVersionNumber() + 1;
        ruleSet.publish(number, clock.instant(), actor, note);
        events.publishEvent(new RuleVersionPublished(number));
        return number;
    }

}

package app.kneetriage.ruleadmin.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.kneetriage.ruleadmin.testcases.TestCases;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.content.DraftEditor;
import app.kneetriage.rules.content.RuleSetStatus;
import app.kneetriage.rules.content.RuleSetTransfer;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.RuleVersionRepository;
import app.kneetriage.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one draft: started as a copy of the live version, discarded, replaced by an
 * imported file (each through the {@link DraftEditor}, which audits it), or exported.
 * Runners keep getting the latest published version meanwhile.
 */
@Service
class Drafts {

    private final RuleVersionRepository versions;

    private final RuleSetTransfer transfer;

    private final TestCases testCases;

    private final DraftEditor editor;

    private final RuleSetChanges changes;

    Drafts(RuleVersionRepository versions, RuleSetTransfer transfer, TestCases testCases, DraftEditor editor,
            RuleSetChanges changes) {
        this.changes = changes;
        this.versions = versions;
        this.transfer = transfer;
        this.testCases = testCases;
        this.editor = editor;
    }

    @Transactional(readOnly = true)
    DraftState state() {
        Optional<RuleVersion> draft = versions.findFirstByStatus(RuleSetStatus.DRAFT);
        RuleVersion published = versions.latestPublished();
        try {
            RuleSet rules = draft.orElse(published).toRuleSet();
            List<RuleSetChanges.Change> changed = draft.isPresent() ? changes.between(published.toRuleSet(), rules)
                    : List.of();
            return new DraftState(draft, published, testCases.runAll(rules), List.of(), changed);
        }
        catch (InvalidRuleException e) {
            return new DraftState(draft, published, List.of(), List.of(e.getMessage()));
        }
    }

    /**
     * Starts the draft as a copy of the live version; does nothing when there is one
     * already.
     */
    void start(String actor) {
        editor.start(actor);
    }

    void discard(String actor) {
        editor.discard(actor);
    }

    /** The draft, or without a version number the live version, as one JSON document. */
    @Transactional(readOnly = true)
    String export(Integer versionNumber) {
        RuleVersion source = versionNumber == null ? versions.draftOrLatestPublished()
                : versions.findByVersionNumber(versionNumber).orElseThrow(NotFoundException::new);
        return transfer.export(source);
    }

    /**
     * Replaces the draft with the content of an exported document, after checking all of
     * it.
     * @throws InvalidRuleException when the document is not a valid rule set; nothing is
     * changed then
     */
    void importDraft(String actor, String json) {
        editor.replaceWithImport(actor, json);
    }

    @Transactional(readOnly = true)
    List<RuleVersion> publishedVersions() {
        return versions.findByStatusOrderByVersionNumberDesc(RuleSetStatus.PUBLISHED);
    }

    /** A published version and what it changed against the one before it. */
    record VersionChanges(RuleVersion version, List<RuleSetChanges.Change> changes, boolean comparable) {
    }

    /** The published versions, newest first, each with what it changed. */
    @Transactional(readOnly = true)
    List<VersionChanges> versionHistory() {
        List<RuleVersion> published = publishedVersions();
        List<VersionChanges> history = new ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            RuleVersion version = published.get(i);
            if (i + 1 == published.size()) {
                history.add(new VersionChanges(version, List.of(), true));
                continue;
            }
            try {
                history.add(new VersionChanges(version,
                        changes.between(published.get(i + 1).toRuleSet(), version.toRuleSet()), true));
            }
            catch (InvalidRuleException e) {
                // content from before a rule the engine now enforces: listed, not
                // compared
                history.add(new VersionChanges(version, List.of(), false));
            }
        }
        return history;
    }

}

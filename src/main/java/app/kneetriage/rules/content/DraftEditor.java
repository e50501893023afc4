package app.kneetriage.rules.content;

import java.time.Clock;
import java.util.Optional;

import app.kneetriage.rules.InvalidRuleException;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to change the draft: start it, edit it, replace it with an imported file,
 * discard it. Each edit locks the draft's row, so that edits, imports and publishing take
 * turns and a publish never sees half of an edit; the command checks that the admin's
 * copy is not stale; then the whole draft must still fit its columns and be something the
 * engine can evaluate, or nothing is kept. A kept edit is written and announced as
 * {@link DraftChanged} in the same transaction.
 */
@Service
public class DraftEditor {

    private final RuleVersionRepository versions;

    private final RuleSetTransfer transfer;

    private final PictureRepository pictures;

    private final EntityManager entityManager;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    DraftEditor(RuleVersionRepository versions, RuleSetTransfer transfer, PictureRepository pictures,
            EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.transfer = transfer;
        this.pictures = pictures;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts the draft as a copy of the live version; does nothing when there is one
     * already.
     */
    @Transactional
    public void start(String actor) {
        RuleVersion published = versions.lockPublishing();
        if (versions.findFirstByStatus(RuleSetStatus.DRAFT).isPresent()) {
            return;
        }
        versions.save(transfer.copyAsDraft(published, clock.instant()));
        events.publishEvent(new DraftChanged(actor, "CREATE", "DRAFT",
                "Draft from version " + published.getVersionNumber(), null, null));
    }

    /** Deletes the draft, if there is one; its content stays in the audit log. */
    @Transactional
    public void discard(String actor) {
        versions.findDraftForUpdate().ifPresent(draft -> {
            String before = transfer.export(draft);
            versions.delete(draft);
            events.publishEvent(new DraftChanged(actor, "DELETE", "DRAFT", "Draft discarded", before, null));
        });
    }

    /**
     * Replaces the draft (or starts one) with the content of an exported document, after
     * checking all of it.
     * @throws InvalidRuleException when the document is not a valid rule set; nothing is
     * changed then
     */
    @Transactional
    public void replaceWithImport(String actor, String json) {
        RuleVersion imported = transfer.importDraft(json, clock.instant());
        versions.lockPublishing();
        Optional<RuleVersion> previous = versions.findDraftForUpdate();
        String before = previous.map(transfer::export).orElse(null);
        previous.ifPresent(draft -> {
            versions.delete(draft);
            versions.flush();
        });
        versions.save(imported);
        events.publishEvent(new DraftChanged(actor, "IMPORT", "DRAFT", "Draft imported from a file", before,
                transfer.export(imported)));
    }

    /**
     * @return what the command returned, after the change is written
     * @throws NoDraftException when there is no draft
     * @throws StaleEditException when someone saved the edited part after the admin's
     * copy was read
     * @throws InvalidRuleException when the draft would no longer be something the engine
     * can evaluate
     */
    @Transactional
    public <R> R edit(String actor, DraftCommand<R> command) {
        RuleVersion draft = versions.findDraftForUpdate().orElseThrow(NoDraftException::new);
        EditableDraft editable = new EditableDraft(draft, entityManager, pictures, clock.instant(), actor);
        R result = command.apply(editable);
        draft.checkEvaluable();
        ColumnWidths.check(draft);
        entityManager.flush();
        editable.changes().forEach(events::publishEvent);
        return result;
    }

}

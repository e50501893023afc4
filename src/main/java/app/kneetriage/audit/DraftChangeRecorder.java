package app.kneetriage.audit;

import app.kneetriage.rules.content.DraftChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes each kept change to the draft into the log. It listens inside the change's own
 * transaction, so the change and its entry are saved together or not at all.
 */
@Component
class DraftChangeRecorder {

    private final AuditLog audit;

    DraftChangeRecorder(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void record(DraftChanged change) {
        audit.record(change.actor(), change.action(), change.subjectType(), change.subject(), change.before(),
                change.after());
    }

}

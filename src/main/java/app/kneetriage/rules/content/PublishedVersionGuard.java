package app.kneetriage.rules.content;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * A published version is never edited: every result and test case keeps the meaning it
 * was made with. Any insert, update or delete of a version read from the database as
 * published, or of anything in it, is refused at the flush, whoever tries it. New content
 * is a new version (a draft, or a copy for a rollback).
 */
class PublishedVersionGuard {

    @PrePersist
    @PreUpdate
    @PreRemove
    void refuseChangesToPublishedContent(Object entity) {
        RuleVersion version = entity instanceof RuleVersion own ? own : ((VersionContent) entity).owningVersion();
        if (version != null && version.isFrozen()) {
            throw new PublishedVersionChangeException(version.getVersionNumber(), entity.getClass().getSimpleName());
        }
    }

}

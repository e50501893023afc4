package app.kneetriage.rules.content;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;

/**
 * A rule version read from the database as published: nothing in it may change any more
 * ({@link PublishedVersionGuard}). A version published in this transaction, or copied as
 * published, is not frozen until it is read again, so publishing itself can be saved.
 */
@MappedSuperclass
@EntityListeners(PublishedVersionGuard.class)
abstract class FrozenWhenPublished {

    @Transient
    private boolean frozen;

    public abstract RuleSetStatus getStatus();

    public abstract Integer getVersionNumber();

    @PostLoad
    void freezeIfPublished() {
        frozen = getStatus() == RuleSetStatus.PUBLISHED;
    }

    boolean isFrozen() {
        return frozen;
    }

    /** Refuses a change at once rather than at the flush. */
    void refuseIfFrozen(String what) {
        if (frozen) {
            throw new PublishedVersionChangeException(getVersionNumber(), what);
        }
    }

}

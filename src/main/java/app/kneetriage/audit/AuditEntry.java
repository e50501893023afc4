package app.kneetriage.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change: who, when, what, and the value before and after. Never edited once written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String actor;

    private String action;

    private String subjectType;

    private String subject;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String subjectType, String subject, String before,
            String after) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subject = subject;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ZonedDateTime getOccurredAtUtc() {
        return occurredAt.atZone(ZoneOffset.UTC);
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubject() {
        return subject;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    /** The change field by field, in words; see {@link AuditChanges}. */
    public List<String> getChanges() {
        return AuditChanges.between(before, after);
    }

}

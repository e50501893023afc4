package app.kneetriage.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change to rule content, test cases, versions and admin users. An entry
 * joins the caller's transaction, so a change and its audit entry are saved together or
 * not at all.
 */
@Service
public class AuditLog {

    /** How many entries the audit page shows at most. */
    public static final int PAGE_SIZE = 200;

    /**
     * What the before/after columns hold; longer values are kept up to this length and
     * marked.
     */
    static final int MAX_VALUE = 200_000;

    private static final String CLIPPED = " [...]";

    private final AuditEntryRepository entries;

    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * @param subjectType what kind of thing changed, e.g. {@code EXERCISE}
     * @param subject which one, in words an admin recognises, e.g.
     * {@code Clamshells (draft)}
     * @param before the value before (text or JSON), {@code null} when it was created
     * @param after the value after, {@code null} when it was deleted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subjectType, String subject, String before, String after) {
        entries.save(new AuditEntry(clock.instant(), clip(actor, 100), action, subjectType, clip(subject, 200),
                clip(before, MAX_VALUE), clip(after, MAX_VALUE)));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> search(String actor, String subjectType, String text) {
        return entries.search(blankIfNull(actor), blankIfNull(subjectType), blankIfNull(text), Limit.of(PAGE_SIZE));
    }

    private static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - CLIPPED.length()) + CLIPPED;
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }

}

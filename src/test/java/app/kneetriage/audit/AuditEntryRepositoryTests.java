package app.kneetriage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import app.kneetriage.support.RepositoryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;

/**
 * The audit page's search: newest first, each filter optional, the name matched in part
 * and in any case.
 */
@RepositoryTest
class AuditEntryRepositoryTests {

    private static final Instant T0 = Instant.parse("2031-01-01T00:00:00Z");

    @Autowired
    AuditEntryRepository entries;

    @BeforeEach
    void record() {
        entries.save(new AuditEntry(T0, "ana", "UPDATE", "EXERCISE", "Zz-Clamshells (draft)", "{}", "{}"));
        entries.save(new AuditEntry(T0.plusSeconds(60), "ben", "UPDATE", "CAUSE", "Zz-ITBS (draft)", "{}", "{}"));
        entries.save(new AuditEntry(T0.plusSeconds(120), "ana", "PUBLISH", "RULE_SET", "Zz-Version 9", null, "n"));
        entries.flush();
    }

    @Test
    void blankFiltersFindEverythingNewestFirst() {
        List<AuditEntry> found = entries.search("", "", "zz-", Limit.of(10));

        assertThat(found).extracting(AuditEntry::getSubject)
            .containsExactly("Zz-Version 9", "Zz-ITBS (draft)", "Zz-Clamshells (draft)");
    }

    @Test
    void filtersCombineByActorKindAndPartOfTheName() {
        assertThat(entries.search("ana", "", "zz-", Limit.of(10))).extracting(AuditEntry::getSubject)
            .containsExactly("Zz-Version 9", "Zz-Clamshells (draft)");
        assertThat(entries.search("", "CAUSE", "zz-", Limit.of(10))).extracting(AuditEntry::getActor)
            .containsExactly("ben");
        assertThat(entries.search("", "", "CLAMSHELLS", Limit.of(10))).extracting(AuditEntry::getActor).contains("ana");
        assertThat(entries.search("ben", "RULE_SET", "zz-", Limit.of(10))).isEmpty();
    }

    @Test
    void theLimitKeepsTheNewest() {
        assertThat(entries.search("", "", "zz-", Limit.of(1))).extracting(AuditEntry::getSubject)
            .containsExactly("Zz-Version 9");
    }

}

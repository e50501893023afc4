package app.kneetriage.ruleadmin.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.kneetriage.audit.AuditLog;
import app.kneetriage.ruleadmin.StaleEditException;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.content.ConditionJson;
import app.kneetriage.rules.content.RuleSetStatus;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.RuleVersionRepository;
import app.kneetriage.system.NotFoundException;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What saving any of the draft's ordered lists shares: finding and locking the draft, the
 * fingerprint that tells whether someone saved the list since a copy was opened, and
 * keeping the change only once the engine accepts the whole draft, with its audit entry.
 */
@Component
class ListEdits {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleVersionRepository versions;

    private final EntityManager entityManager;

    private final AuditLog audit;

    private final ConditionSentences sentences;

    ListEdits(RuleVersionRepository versions, EntityManager entityManager, AuditLog audit,
            ConditionSentences sentences) {
        this.versions = versions;
        this.entityManager = entityManager;
        this.audit = audit;
        this.sentences = sentences;
    }

    /**
     * A condition for the audit log: in words under {@code condition}, which the log
     * shows, and exactly under {@code conditionJson}.
     */
    Map<String, Object> withCondition(Map<String, Object> fields, Condition condition) {
        fields.put("condition", condition == null ? sentences.always() : sentences.of(condition));
        fields.put("conditionJson", json(condition));
        return fields;
    }

    RuleVersion draft() {
        return versions.findFirstByStatus(RuleSetStatus.DRAFT).orElseThrow(NotFoundException::new);
    }

    /**
     * The draft, locked until the transaction ends, so that a publish never sees half of
     * this change.
     */
    RuleVersion lockedDraft() {
        return versions.findDraftForUpdate().orElseThrow(NotFoundException::new);
    }

    /** Removes the list's old rows before the new ones are added. */
    void flush() {
        entityManager.flush();
    }

    /**
     * Checks the whole draft with the engine, then writes the change and its audit entry.
     */
    void keep(RuleVersion draft, String actor, DraftList list, String before, String after) {
        draft.checkEvaluable();
        entityManager.flush();
        String subjectType = list.auditType();
        audit.record(actor, "UPDATE", subjectType, "Draft " + subjectType.toLowerCase().replace('_', ' '), before,
                after);
    }

    /**
     * @throws StaleEditException when the list changed since the form's copy was read
     */
    static void requireFresh(String submitted, String current) {
        if (!current.equals(submitted)) {
            throw new StaleEditException();
        }
    }

    static <T> String fingerprint(List<T> rows, Function<T, String> identity) {
        return rows.stream().map(identity).collect(Collectors.joining(","));
    }

    static <T> String describe(List<T> rows, Function<T, Object> view) {
        List<Object> values = new ArrayList<>();
        rows.forEach(row -> values.add(view.apply(row)));
        return JSON.writeValueAsString(values);
    }

    static String json(Condition condition) {
        return condition == null ? null : ConditionJson.format(condition);
    }

}

package app.kneetriage.ruleadmin.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.kneetriage.rules.Condition;
import app.kneetriage.rules.content.ConditionJson;
import app.kneetriage.rules.content.DraftEditor;
import app.kneetriage.rules.content.EditableDraft;
import app.kneetriage.rules.content.RuleSetStatus;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.RuleVersionRepository;
import app.kneetriage.rules.content.StaleEditException;
import app.kneetriage.system.NotFoundException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What saving any of the draft's ordered lists shares: the fingerprint that tells whether
 * someone saved the list since a copy was opened, and the list before and after for the
 * audit log. The {@link DraftEditor} does the rest.
 */
@Component
class ListEdits {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleVersionRepository versions;

    private final DraftEditor editor;

    private final ConditionSentences sentences;

    ListEdits(RuleVersionRepository versions, DraftEditor editor, ConditionSentences sentences) {
        this.versions = versions;
        this.editor = editor;
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
     * Replaces one of the draft's lists through the {@link DraftEditor}, with the list
     * before and after in its audit entry.
     * @param submitted the fingerprint the form's copy was read with
     * @param rowsOf the list as the draft holds it
     * @param identity what a row adds to the fingerprint: its id and edit version
     * @param view a row for the audit log
     * @param replace builds the new rows and hands them to the draft
     * @throws StaleEditException when the list changed since the form's copy was read
     */
    <T> void replace(String actor, DraftList list, String submitted, Function<RuleVersion, List<T>> rowsOf,
            Function<T, String> identity, Function<T, Object> view, Consumer<EditableDraft> replace) {
        editor.edit(actor, draft -> {
            RuleVersion stored = draft.content();
            draft.requireUnchanged(submitted, fingerprint(rowsOf.apply(stored), identity));
            String before = describe(rowsOf.apply(stored), view);
            replace.accept(draft);
            String subjectType = list.auditType();
            draft.note("UPDATE", subjectType, "Draft " + subjectType.toLowerCase().replace('_', ' '), before,
                    describe(rowsOf.apply(stored), view));
            return list;
        });
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

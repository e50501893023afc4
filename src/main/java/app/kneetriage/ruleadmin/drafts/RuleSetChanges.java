package app.kneetriage.ruleadmin.drafts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import app.kneetriage.rules.CauseRule;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * What changed from one rule set to another, item by item and field by field, in words:
 * "Exercise “Clamshells”: reps: 15 → 12", "Cause “Runner's knee”: condition 2 added: Pain
 * score at least 8 (weight 2): …". Causes and exercises are matched by code; the ordered
 * lists by their longest common run, so one rule added in the middle reads as one
 * addition.
 */
@Component
class RuleSetChanges {

    private static final String NOTHING = "\u2014";

    private final ContentWords words;

    RuleSetChanges(ContentWords words) {
        this.words = words;
    }

    /** One item that differs, and how, one line each. */
    record Change(String subject, List<String> details) {
    }

    List<Change> between(RuleSet before, RuleSet after) {
        Map<String, String> exercisesBefore = names(before.exercises(), Exercise::code, Exercise::name);
        Map<String, String> exercisesAfter = names(after.exercises(), Exercise::code, Exercise::name);
        Map<String, String> causesBefore = names(before.causes(), CauseRule::code, CauseRule::name);
        Map<String, String> causesAfter = names(after.causes(), CauseRule::code, CauseRule::name);
        List<Change> changes = new ArrayList<>();
        keyed(changes, "diff.kind.cause", map(before.causes(), CauseRule::code, c -> words.cause(c, exercisesBefore)),
                map(after.causes(), CauseRule::code, c -> words.cause(c, exercisesAfter)));
        keyed(changes, "diff.kind.exercise", map(before.exercises(), Exercise::code, words::exercise),
                map(after.exercises(), Exercise::code, words::exercise));
        ordered(changes, words.text("diff.kind.urgency"),
                before.urgencyRules().stream().map(r -> words.urgency(r, causesBefore)).toList(),
                after.urgencyRules().stream().map(r -> words.urgency(r, causesAfter)).toList());
        ordered(changes, words.text("diff.kind.advice"),
                before.advice().stream().map(a -> words.advice(a, causesBefore)).toList(),
                after.advice().stream().map(a -> words.advice(a, causesAfter)).toList());
        ordered(changes, words.text("diff.kind.section"), before.sectionRules().stream().map(words::section).toList(),
                after.sectionRules().stream().map(words::section).toList());
        ordered(changes, words.text("diff.kind.running"),
                before.runningRules().stream().map(r -> words.running(r, causesBefore)).toList(),
                after.runningRules().stream().map(r -> words.running(r, causesAfter)).toList());
        ordered(changes, words.text("diff.kind.limit"),
                before.exerciseLimits().stream().map(l -> words.limit(l, causesBefore)).toList(),
                after.exerciseLimits().stream().map(l -> words.limit(l, causesAfter)).toList());
        ordered(changes, words.text("diff.kind.week"), before.returnToRun().stream().map(words::week).toList(),
                after.returnToRun().stream().map(words::week).toList());
        List<String> settings = fields(words.settings(before), words.settings(after));
        if (!settings.isEmpty()) {
            changes.add(new Change(words.text("diff.kind.settings"), settings));
        }
        return changes;
    }

    private void keyed(List<Change> changes, String kind, Map<String, ContentWords.Item> before,
            Map<String, ContentWords.Item> after) {
        after.forEach((code, item) -> {
            String subject = words.text("diff.item", words.text(kind), item.name());
            ContentWords.Item old = before.get(code);
            if (old == null) {
                List<String> lines = new ArrayList<>();
                item.fields().forEach((field, value) -> {
                    if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                        lines.add(words.text("diff.value", words.label(field), show(value)));
                    }
                });
                changes.add(new Change(words.text("diff.added", subject), lines));
            }
            else {
                List<String> lines = fields(old, item);
                if (!lines.isEmpty()) {
                    changes.add(new Change(subject, lines));
                }
            }
        });
        before.forEach((code, item) -> {
            if (!after.containsKey(code)) {
                changes.add(new Change(
                        words.text("diff.removed", words.text("diff.item", words.text(kind), item.name())), List.of()));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> fields(ContentWords.Item before, ContentWords.Item after) {
        List<String> lines = new ArrayList<>();
        after.fields().forEach((field, value) -> {
            Object old = before.fields().get(field);
            if (value instanceof List<?> list && old instanceof List<?> oldList) {
                List<Change> parts = new ArrayList<>();
                ordered(parts, words.label(field), (List<String>) oldList, (List<String>) list);
                parts.forEach(part -> lines.add(part.subject() + ": " + String.join(" ", part.details())));
            }
            else if (!Objects.equals(old, value)) {
                lines.add(words.text("diff.change", words.label(field), show(old), show(value)));
            }
        });
        return lines;
    }

    /**
     * The differences of two ordered lists: items in their longest common run are the
     * same; between them, items are changed in pairs and the rest added or removed.
     */
    private void ordered(List<Change> changes, String kind, List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int gapFrom = 0;
        int gapFromAfter = 0;
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                gap(changes, kind, removed, added, gapFrom, gapFromAfter);
                removed.clear();
                added.clear();
                gapFrom = ++i;
                gapFromAfter = ++j;
            }
            else if (j >= after.size() || i < before.size() && common[i + 1][j] >= common[i][j + 1]) {
                removed.add(before.get(i++));
            }
            else {
                added.add(after.get(j++));
            }
        }
        gap(changes, kind, removed, added, gapFrom, gapFromAfter);
    }

    private void gap(List<Change> changes, String kind, List<String> removed, List<String> added, int from,
            int fromAfter) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            changes.add(new Change(words.text("diff.position", kind, fromAfter + k + 1),
                    List.of(words.text("diff.was", removed.get(k)), words.text("diff.now", added.get(k)))));
        }
        for (int k = paired; k < added.size(); k++) {
            changes.add(new Change(words.text("diff.added", words.text("diff.position", kind, fromAfter + k + 1)),
                    List.of(added.get(k))));
        }
        for (int k = paired; k < removed.size(); k++) {
            changes.add(new Change(words.text("diff.removed", words.text("diff.position", kind, from + k + 1)),
                    List.of(removed.get(k))));
        }
    }

    private static String show(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? NOTHING : String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return value == null || value.toString().isBlank() ? NOTHING : value.toString();
    }

    private static <T> Map<String, ContentWords.Item> map(List<T> items, Function<T, String> code,
            Function<T, ContentWords.Item> item) {
        Map<String, ContentWords.Item> map = new LinkedHashMap<>();
        items.forEach(each -> map.put(code.apply(each), item.apply(each)));
        return map;
    }

    private static <T> Map<String, String> names(List<T> items, Function<T, String> code, Function<T, String> name) {
        Map<String, String> map = new LinkedHashMap<>();
        items.forEach(each -> map.put(code.apply(each), name.apply(each)));
        return map;
    }

}

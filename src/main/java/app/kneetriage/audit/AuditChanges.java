package app.kneetriage.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an audited change did, field by field, in lines an admin reads without JSON: "#3 ›
 * condition: Pain score at least 7 → Pain score at least 8", "reps: 15 → 12". Properties
 * named {@code ...Json} hold the machine form of one beside them and are left out; the
 * full record stays on the page for whoever needs it.
 */
public final class AuditChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ARROW = " \u2192 ";

    private static final String NOTHING = "\u2014";

    private AuditChanges() {
    }

    public static List<String> between(String before, String after) {
        JsonNode from = parse(before);
        JsonNode to = parse(after);
        List<String> lines = new ArrayList<>();
        compare("", from, to, lines);
        return lines;
    }

    private static void compare(String where, JsonNode from, JsonNode to, List<String> lines) {
        boolean hadNothing = from == null || from.isNull();
        boolean hasNothing = to == null || to.isNull();
        if (hadNothing && hasNothing || !hadNothing && from.equals(to)) {
            return;
        }
        if (!hadNothing && !hasNothing && from.isObject() && to.isObject()) {
            Set<String> names = new LinkedHashSet<>(from.propertyNames());
            names.addAll(to.propertyNames());
            for (String name : names) {
                if (!name.endsWith("Json")) {
                    compare(where + name + ": ", from.get(name), to.get(name), lines);
                }
            }
            return;
        }
        if (!hadNothing && !hasNothing && from.isArray() && to.isArray()) {
            for (int i = 0; i < Math.max(from.size(), to.size()); i++) {
                compare(where + "#" + (i + 1) + " \u203A ", from.get(i), to.get(i), lines);
            }
            return;
        }
        String place = where.endsWith(" \u203A ") ? where.substring(0, where.length() - 3) + ": " : where;
        lines.add(place + (hadNothing ? NOTHING : summary(from)) + ARROW + (hasNothing ? NOTHING : summary(to)));
    }

    /** A value on one line: text as it is, an item as its fields. */
    private static String summary(JsonNode node) {
        if (node.isObject()) {
            return node.propertyNames()
                .stream()
                .filter(name -> !name.endsWith("Json") && !node.get(name).isNull())
                .map(name -> name + ": " + summary(node.get(name)))
                .collect(Collectors.joining(", "));
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(summary(item)));
            return String.join("; ", items);
        }
        return node.asString();
    }

    /** JSON as recorded, or plain text taken as one value; null for nothing. */
    private static JsonNode parse(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(recorded);
        }
        catch (JacksonException e) {
            return JSON.getNodeFactory().stringNode(recorded);
        }
    }

}

package app.kneetriage.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.kneetriage.rules.AllOf;
import app.kneetriage.rules.AnyOf;
import app.kneetriage.rules.AtLeastOf;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.FieldCondition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.Operator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes conditions in the JSON form they are stored in: <pre>
 * {"field": "location", "op": "EQUALS", "values": ["FRONT"]}
 * {"all": [ ... ]}   {"any": [ ... ]}   {"atLeast": 2, "of": [ ... ]}
 * </pre> Anything else, including unknown keys, is rejected with an
 * {@link InvalidRuleException}.
 */
public final class ConditionJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ConditionJson() {
    }

    public static Condition parse(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        }
        catch (JacksonException e) {
            throw new InvalidRuleException("a condition is not valid JSON");
        }
        return read(node);
    }

    public static String format(Condition condition) {
        return MAPPER.writeValueAsString(write(condition));
    }

    /** A condition embedded in a larger JSON document (an export). */
    public static Condition fromTree(JsonNode node) {
        return read(node);
    }

    public static JsonNode toTree(Condition condition) {
        return write(condition);
    }

    private static Condition read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidRuleException("a condition is a JSON object");
        }
        Set<String> keys = Set.copyOf(node.propertyNames());
        if (keys.equals(Set.of("all"))) {
            return new AllOf(readList(node.get("all")));
        }
        if (keys.equals(Set.of("any"))) {
            return new AnyOf(readList(node.get("any")));
        }
        if (keys.equals(Set.of("atLeast", "of"))) {
            if (!node.get("atLeast").isInt()) {
                throw new InvalidRuleException("'atLeast' is a whole number");
            }
            return new AtLeastOf(node.get("atLeast").intValue(), readList(node.get("of")));
        }
        if (keys.equals(Set.of("field", "op", "values")) || keys.equals(Set.of("field", "op"))) {
            if (!node.get("field").isString() || !node.get("op").isString()) {
                throw new InvalidRuleException("'field' and 'op' are texts");
            }
            String key = node.get("field").asString();
            Field field = Field.byKey(key).orElseThrow(() -> new InvalidRuleException("unknown field '" + key + "'"));
            Operator operator = operator(node.get("op").asString());
            List<String> values = new ArrayList<>();
            JsonNode valueNodes = node.get("values");
            if (valueNodes != null) {
                if (!valueNodes.isArray()) {
                    throw new InvalidRuleException("'values' is a list");
                }
                for (JsonNode value : valueNodes) {
                    if (!value.isString() && !value.isIntegralNumber()) {
                        throw new InvalidRuleException("a condition value is a text or a whole number");
                    }
                    values.add(value.asString());
                }
            }
            return new FieldCondition(field, operator, values);
        }
        throw new InvalidRuleException(
                "a condition has either field/op/values, all, any, or atLeast/of; found " + keys);
    }

    private static Operator operator(String name) {
        try {
            return Operator.valueOf(name);
        }
        catch (IllegalArgumentException e) {
            throw new InvalidRuleException("unknown operator '" + name + "'");
        }
    }

    private static List<Condition> readList(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new InvalidRuleException("a group of conditions is a list");
        }
        List<Condition> conditions = new ArrayList<>();
        node.forEach(child -> conditions.add(read(child)));
        return conditions;
    }

    private static JsonNode write(Condition condition) {
        ObjectNode node = MAPPER.createObjectNode();
        if (condition instanceof FieldCondition c) {
            node.put("field", c.field().key());
            node.put("op", c.operator().name());
            if (!c.values().isEmpty()) {
                ArrayNode values = node.putArray("values");
                c.values().forEach(values::add);
            }
        }
        else if (condition instanceof AllOf c) {
            node.set("all", writeList(c.conditions()));
        }
        else if (condition instanceof AnyOf c) {
            node.set("any", writeList(c.conditions()));
        }
        else if (condition instanceof AtLeastOf c) {
            node.put("atLeast", c.count());
            node.set("of", writeList(c.conditions()));
        }
        return node;
    }

    private static ArrayNode writeList(List<Condition> conditions) {
        ArrayNode array = MAPPER.createArrayNode();
        conditions.forEach(c -> array.add(write(c)));
        return array;
    }

}

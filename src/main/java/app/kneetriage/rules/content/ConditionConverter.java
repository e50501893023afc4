package app.kneetriage.rules.content;

import app.kneetriage.rules.Condition;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the engine's conditions as JSON columns (see {@link ConditionJson}). Entities
 * hold {@link Condition}s, so a condition is turned into text only on its way to and from
 * the database.
 */
@Converter
public class ConditionConverter implements AttributeConverter<Condition, String> {

    @Override
    public String convertToDatabaseColumn(Condition condition) {
        return condition == null ? null : ConditionJson.format(condition);
    }

    @Override
    public Condition convertToEntityAttribute(String json) {
        return json == null ? null : ConditionJson.parse(json);
    }

}

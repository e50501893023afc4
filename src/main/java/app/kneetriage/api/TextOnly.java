package app.kneetriage.api;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A text field that takes a JSON string only: Jackson would otherwise read {@code 5} or
 * {@code true} as the text "5" or "true", and a wrong type would pass as a value.
 */
class TextOnly extends StdDeserializer<String> {

    TextOnly() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        return (String) context.handleUnexpectedToken(String.class, parser);
    }

}

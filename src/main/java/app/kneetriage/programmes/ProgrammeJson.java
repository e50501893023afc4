package app.kneetriage.programmes;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Programme data to and from its sealed JSON. A name the stored format does not know
 * fails the read rather than being dropped, so a renamed component cannot quietly read as
 * nothing.
 */
final class ProgrammeJson {

    private static final JsonMapper JSON = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private ProgrammeJson() {
    }

    static byte[] write(ProgrammeData data) {
        return JSON.writeValueAsBytes(data);
    }

    static ProgrammeData read(byte[] json) {
        return JSON.readValue(json, ProgrammeData.class);
    }

}

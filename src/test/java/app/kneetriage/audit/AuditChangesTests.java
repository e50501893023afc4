package app.kneetriage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditChangesTests {

    @Test
    void aChangedFieldReadsAsBeforeAndAfter() {
        assertThat(AuditChanges.between("{\"name\":\"Clamshells\",\"reps\":15,\"sets\":3}",
                "{\"name\":\"Clamshells\",\"reps\":12,\"sets\":3}"))
            .containsExactly("reps: 15 \u2192 12");
    }

    @Test
    void listRowsAreNumberedAndTheMachineFormIsLeftOut() {
        String before = "[{\"level\":\"URGENT\",\"condition\":\"Warning signs: none ticked\",\"conditionJson\":\"{}\"}]";
        String after = "[{\"level\":\"URGENT\",\"condition\":\"Warning signs: none ticked\",\"conditionJson\":\"{}\"},"
                + "{\"level\":\"SEE_PROFESSIONAL\",\"condition\":\"Pain score at least 8\",\"conditionJson\":\"{\\\"x\\\":1}\"}]";

        assertThat(AuditChanges.between(before, after))
            .containsExactly("#2: \u2014 \u2192 level: SEE_PROFESSIONAL, condition: Pain score at least 8");
    }

    @Test
    void somethingCreatedOrDeletedAndPlainTextReadAsAWhole() {
        assertThat(AuditChanges.between(null, "{\"code\":\"X\"}")).containsExactly("\u2014 \u2192 code: X");
        assertThat(AuditChanges.between("Version 3", null)).containsExactly("Version 3 \u2192 \u2014");
        assertThat(AuditChanges.between("{\"a\":1}", "{\"a\":1}")).isEmpty();
    }

}

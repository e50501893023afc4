package app.kneetriage.admins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import app.kneetriage.KneeTriageApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Admin passwords: long, not the user name, not common, no long runs or sequences. */
class PasswordPolicyTests {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource({ "physio, short-pass, password.tooShort", "physio, password1234, password.common",
            "physio, PASSWORD1234, password.common", "physio, aaaaaaaaaaaa, password.repeated",
            "physio-anna, physio-anna-2026, password.username", "physio, my-abcdefg-knee, password.sequence",
            "physio, knee-1234567-run, password.sequence", "physio, qwertyu-knees-x, password.sequence" })
    void weakPasswordsAreRefusedWithTheirReason(String username, String password, String code) {
        assertThat(PasswordPolicy.problem(username, password)).hasValue(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "Password2024", "Summer2024!!", "P@ssw0rd2024", "Welcome2024!", "correct-horse-battery-staple",
            "Sunshine2025#", "KneeTriage-2026!", "Liverpool1892!" })
    void passwordsThatGuessingToolsTryEarlyAreRefused(String password) {
        assertThat(PasswordPolicy.problem("physio", password)).hasValue("password.guessable");
    }

    @Test
    void aLongUnusualPassphrasePasses() {
        assertThat(PasswordPolicy.problem("physio", "orchard-lantern-quietly-41")).isEmpty();
        assertThat(PasswordPolicy.problem("physio", "Knee&Runner in the rain 7")).isEmpty();
    }

    @Test
    void aWeakFirstPasswordFromTheEnvironmentStopsTheStartWithAClearMessage() {
        String url = "jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        assertThatThrownBy(() -> new SpringApplicationBuilder(KneeTriageApplication.class)
            .run("--spring.datasource.url=" + url, "--server.port=0", "--spring.main.banner-mode=off",
                    "--knee-triage.admin.username=admin", "--knee-triage.admin.password=x")
            .close()).hasStackTraceContaining("KNEE_TRIAGE_ADMIN_PASSWORD is refused");
    }

}

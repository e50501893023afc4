package app.kneetriage.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import app.kneetriage.system.AesGcm;
import app.kneetriage.system.Hkdf;
import app.kneetriage.system.ServerSecret;
import org.junit.jupiter.api.Test;

/** Envelope encryption of results: who can open them, and who cannot. */
class ResultSealingTests {

    private static final byte[] DATA = "{\"answers\":\"knee\"}".getBytes(StandardCharsets.UTF_8);

    private static final byte[] ROW = ResultService.associated(Tokens.hash("row"));

    private final ResultSealing sealing = new ResultSealing(
            new ServerSecret("server-secret-for-tests-0123456789".getBytes()));

    private final String token = Tokens.newToken();

    private final String manageKey = Tokens.newToken();

    @Test
    void hkdfMatchesTheFirstTestCaseOfRfc5869() {
        HexFormat hex = HexFormat.of();
        byte[] key = Hkdf.derive(hex.parseHex("000102030405060708090a0b0c"),
                hex.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), hex.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);

        assertThat(hex.formatHex(key))
            .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }

    @Test
    void theShareTokenAndTheManageKeyEachOpenTheResult() {
        ResultSealing.Sealed sealed = sealing.seal(DATA, token, manageKey, ROW);

        assertThat(sealing.openWithShareToken(sealed, token, ROW)).isEqualTo(DATA);
        assertThat(sealing.openWithManageKey(sealed, manageKey, ROW)).isEqualTo(DATA);
        assertThat(new String(sealed.data(), StandardCharsets.ISO_8859_1)).doesNotContain("knee");
    }

    @Test
    void anotherTokenAnotherRowOrAnotherServerSecretDoNotOpenIt() {
        ResultSealing.Sealed sealed = sealing.seal(DATA, token, manageKey, ROW);

        assertThatThrownBy(() -> sealing.openWithShareToken(sealed, Tokens.newToken(), ROW))
            .isInstanceOf(AesGcm.BrokenSealException.class);
        assertThatThrownBy(() -> sealing.openWithShareToken(sealed, manageKey, ROW))
            .as("the keys are derived for their own purpose")
            .isInstanceOf(AesGcm.BrokenSealException.class);
        assertThatThrownBy(
                () -> sealing.openWithShareToken(sealed, token, ResultService.associated(Tokens.hash("other row"))))
            .isInstanceOf(AesGcm.BrokenSealException.class);
        assertThatThrownBy(() -> new ResultSealing(new ServerSecret("another-server-secret-0123456789".getBytes()))
            .openWithShareToken(sealed, token, ROW)).isInstanceOf(AesGcm.BrokenSealException.class);
    }

    @Test
    void everySealingUsesAFreshDataKeyAndNonces() {
        ResultSealing.Sealed first = sealing.seal(DATA, token, manageKey, ROW);
        ResultSealing.Sealed second = sealing.seal(DATA, token, manageKey, ROW);

        assertThat(first.data()).isNotEqualTo(second.data());
        assertThat(first.keyByShareToken()).isNotEqualTo(second.keyByShareToken());
    }

}

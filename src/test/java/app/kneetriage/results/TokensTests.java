package app.kneetriage.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokensTests {

    @Test
    void tenThousandTokensAreUnique() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tokens.add(Tokens.newToken());
        }

        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void aTokenIsUrlSafeAndDecodesToAtLeast128RandomBits() {
        String token = Tokens.newToken();

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(Tokens.isWellFormed(token)).isTrue();
    }

    @Test
    void anythingElseIsNotAToken() {
        assertThat(Tokens.isWellFormed(null)).isFalse();
        assertThat(Tokens.isWellFormed("")).isFalse();
        assertThat(Tokens.isWellFormed("1")).isFalse();
        assertThat(Tokens.isWellFormed("a".repeat(23) + "/")).isFalse();
        assertThat(Tokens.isWellFormed("a".repeat(25))).isFalse();
    }
}

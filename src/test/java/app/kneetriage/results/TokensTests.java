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
    void everyBitOfATokenIsAsLikelyOneAsZero() {
        int samples = 4_000;
        int[] ones = new int[Tokens.RANDOM_BYTES * 8];
        for (int i = 0; i < samples; i++) {
            byte[] bytes = Base64.getUrlDecoder().decode(Tokens.newToken());
            for (int bit = 0; bit < ones.length; bit++) {
                ones[bit] += (bytes[bit / 8] >> (bit % 8)) & 1;
            }
        }

        // A counter or a timestamp leaves most bits fixed; random bits sit near one half
        // (> 8 sigma here).
        for (int bit = 0; bit < ones.length; bit++) {
            assertThat(ones[bit] / (double) samples).as("bit %d", bit).isBetween(0.43, 0.57);
        }
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

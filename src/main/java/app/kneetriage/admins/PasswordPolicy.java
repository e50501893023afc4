package app.kneetriage.admins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;

import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * What an admin password must be (Passay): at least 12 characters, not the user name, not
 * one of the bundled common passwords, no long run of one character and no long keyboard,
 * letter or number sequence. Then it must be hard to guess (nbvcxz, a port of zxcvbn,
 * with its own lists of leaked passwords, words, names and dates, and patterns such as
 * "Summer2024!"): at least {@value #MIN_ENTROPY_BITS} bits of estimated entropy, counting
 * the user name and the app's own words as known to a guesser. The same policy applies to
 * a first password set in the environment.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private static final String COMMON_PASSWORDS = "/admins/common-passwords.txt";

    private static final PasswordValidator VALIDATOR = new PasswordValidator(new LengthRule(MIN_LENGTH, 200),
            new UsernameRule(true, true), new DictionaryRule(commonPasswords()), new RepeatCharacterRegexRule(5),
            new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 6, false),
            new IllegalSequenceRule(EnglishSequenceData.Numerical, 6, false),
            new IllegalSequenceRule(EnglishSequenceData.USQwerty, 6, false));

    /**
     * Estimated guesses of about a trillion: far beyond an online guesser held back to a
     * few dozen guesses a day, and years of offline guessing against bcrypt.
     */
    static final double MIN_ENTROPY_BITS = 40;

    private static final List<String> APP_WORDS = List.of("knee", "triage", "kneetriage", "runner", "running", "physio",
            "admin");

    private PasswordPolicy() {
    }

    /**
     * @return the message code of the first rule the password breaks, or empty when it is
     * fine
     */
    static Optional<String> problem(String username, String password) {
        RuleResult result = VALIDATOR.validate(new PasswordData(username == null ? "" : username, password));
        if (result.isValid()) {
            return guessable(username, password) ? Optional.of("password.guessable") : Optional.empty();
        }
        String code = result.getDetails().get(0).getErrorCode();
        return Optional.of(switch (code) {
            case "TOO_SHORT" -> "password.tooShort";
            case "ILLEGAL_USERNAME", "ILLEGAL_USERNAME_REVERSED" -> "password.username";
            case "ILLEGAL_WORD", "ILLEGAL_WORD_REVERSED" -> "password.common";
            case "ILLEGAL_MATCH" -> "password.repeated";
            default -> code.startsWith("ILLEGAL_") ? "password.sequence" : "password.weak";
        });
    }

    private static boolean guessable(String username, String password) {
        DictionaryBuilder known = new DictionaryBuilder().setDictionaryName("known to a guesser").setExclusion(true);
        APP_WORDS.forEach(word -> known.addWord(word, 0));
        if (username != null && !username.isBlank()) {
            known.addWord(username.strip().toLowerCase(Locale.ROOT), 0);
        }
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(known.createDictionary());
        Configuration configuration = new ConfigurationBuilder().setDictionaries(dictionaries)
            .setMinimumEntropy(MIN_ENTROPY_BITS)
            .createConfiguration();
        return !new Nbvcxz(configuration).estimate(password).isMinimumEntropyMet();
    }

    private static WordListDictionary commonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("the common-password list is missing: " + COMMON_PASSWORDS);
            }
            List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(String::toLowerCase)
                .toList();
            String[] sorted = words.toArray(String[]::new);
            Arrays.sort(sorted);
            return new WordListDictionary(new ArrayWordList(sorted, false, new ArraysSort()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

package app.kneetriage.admins;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import app.kneetriage.system.ServerSecret;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds back wrong passwords per account and place (the client's address), with a wait
 * that doubles with every guess: {@value #FREE_CHECKS} password checks in a row are free,
 * then the place waits 15 seconds, 30, a minute, and so on up to an hour between checks,
 * about 36 guesses a day. Another place is not held back, so a stranger's guesses never
 * keep the admin out; an admin who is logged in sees them on the admin home page.
 * <p>
 * Against guesses spread over many addresses, once an account has had
 * {@value #ACCOUNT_ALARM} wrong passwords within an hour, only places it has logged in
 * from before get a check until the hour has passed. Passwords are long and not common
 * (PasswordPolicy), which is what keeps a slow, spread-out guesser out.
 * <p>
 * A check is taken, and counted as wrong, before the password is compared, in its own
 * transaction on the place's row: however many logins arrive together, the row lets them
 * through one at a time. A login resets the count. The table holds keyed hashes only,
 * never a typed user name or an address.
 */
@Component
class LoginThrottle {

    static final int FREE_CHECKS = 3;

    static final Duration FIRST_WAIT = Duration.ofSeconds(15);

    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    static final int ACCOUNT_ALARM = 100;

    /** How long a place counts as known after a login, and a row is kept after use. */
    static final Duration REMEMBERED = Duration.ofDays(90);

    static final Duration NOTICE_WINDOW = Duration.ofDays(7);

    private final JdbcTemplate jdbc;

    private final TransactionTemplate ownTransaction;

    private final Clock clock;

    private final SecretKeySpec hashKey;

    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, ServerSecret secret, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.hashKey = new SecretKeySpec(secret.key("login-throttle", 32), "HmacSHA256");
    }

    /**
     * Takes a password check for this account from this place.
     * @return whether the password may be compared; false while the place is held back
     */
    boolean take(String username, String address) {
        String account = hash("account", normalized(username));
        String place = hash("address", address);
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> takeNow(account, place)));
        }
        catch (DuplicateKeyException firstCheckRacedAnother) {
            // Two first checks from one place at once: the other made the row, so this
            // one
            // now queues on it.
            return Boolean.TRUE.equals(ownTransaction.execute(status -> takeNow(account, place)));
        }
    }

    private boolean takeNow(String account, String place) {
        Instant now = clock.instant();
        List<Row> rows = jdbc.query(
                "SELECT failures, held_until, last_login_at FROM login_throttle"
                        + " WHERE account_key = ? AND address_key = ? FOR UPDATE",
                (rs, n) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant).orElse(null)),
                account, place);
        Row row = rows.isEmpty() ? null : rows.get(0);
        if (row != null && now.isBefore(row.heldUntil())) {
            return false;
        }
        boolean knownPlace = row != null && row.lastLoginAt() != null
                && row.lastLoginAt().isAfter(now.minus(REMEMBERED));
        if (!knownPlace && recentAccountFailures(account, now) >= ACCOUNT_ALARM) {
            return false;
        }
        int failures = row == null ? 1 : row.failures() + 1;
        Timestamp heldUntil = Timestamp.from(now.plus(waitAfter(failures)));
        Timestamp at = Timestamp.from(now);
        if (row == null) {
            jdbc.update("INSERT INTO login_throttle (account_key, address_key, failures, held_until, last_failure_at)"
                    + " VALUES (?, ?, ?, ?, ?)", account, place, failures, heldUntil, at);
        }
        else {
            jdbc.update("UPDATE login_throttle SET failures = ?, held_until = ?, last_failure_at = ?"
                    + " WHERE account_key = ? AND address_key = ?", failures, heldUntil, at, account, place);
        }
        return true;
    }

    private long recentAccountFailures(String account, Instant now) {
        Long failures = jdbc.queryForObject(
                "SELECT COALESCE(SUM(failures), 0) FROM login_throttle WHERE account_key = ? AND last_failure_at > ?",
                Long.class, account, Timestamp.from(now.minus(Duration.ofHours(1))));
        return failures == null ? 0 : failures;
    }

    /** The wait before the next check after this many wrong passwords in a row. */
    static Duration waitAfter(int failures) {
        if (failures < FREE_CHECKS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_CHECKS, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** The password was right: the place starts again, and is known from now on. */
    void loggedIn(String username, String address) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(
                "UPDATE login_throttle SET failures = 0, held_until = ?, last_login_at = ?"
                        + " WHERE account_key = ? AND address_key = ?",
                now, now, hash("account", normalized(username)), hash("address", address));
    }

    /**
     * Wrong passwords for this account in the last week not followed by a login from the
     * same place.
     */
    Guesses recentGuesses(String username) {
        Instant since = clock.instant().minus(NOTICE_WINDOW);
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(failures), 0), COUNT(*), MAX(last_failure_at) FROM login_throttle"
                        + " WHERE account_key = ? AND failures > 0 AND last_failure_at > ?",
                (rs, n) -> new Guesses(rs.getLong(1), rs.getLong(2),
                        Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant).orElse(null)),
                hash("account", normalized(username)), Timestamp.from(since));
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "purge-login-throttle", lockAtMostFor = "PT10M")
    public void forgetOldPlaces() {
        Timestamp before = Timestamp.from(clock.instant().minus(REMEMBERED));
        jdbc.update("DELETE FROM login_throttle WHERE held_until < ?"
                + " AND (last_failure_at IS NULL OR last_failure_at < ?) AND (last_login_at IS NULL OR last_login_at < ?)",
                before, before, before);
    }

    private static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private String hash(String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            mac.update((kind + ":").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }

    private record Row(int failures, Instant heldUntil, Instant lastLoginAt) {
    }

    /** What the admin home page tells an admin about guesses at their password. */
    record Guesses(long wrongPasswords, long places, Instant latest) {

        boolean any() {
            return wrongPasswords > 0;
        }

    }

}

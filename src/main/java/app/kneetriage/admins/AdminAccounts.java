package app.kneetriage.admins;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import app.kneetriage.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, disabling and enabling admins and changing passwords, each recorded in the
 * audit log.
 */
@Service
class AdminAccounts {

    /** bcrypt reads at most 72 bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;

    static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    private static final Logger log = LoggerFactory.getLogger(AdminAccounts.class);

    private final AdminUserRepository admins;

    private final PasswordEncoder passwordEncoder;

    private final AuditLog audit;

    private final SessionRegistry sessions;

    private final Clock clock;

    AdminAccounts(AdminUserRepository admins, PasswordEncoder passwordEncoder, AuditLog audit, SessionRegistry sessions,
            Clock clock) {
        this.admins = admins;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Creates the first admin when there is none. Without a configured password a strong
     * random one is generated and logged once, as Spring Boot does for its default user;
     * there is no built-in password.
     */
    @Transactional
    void createFirstAdmin(String username, String password) {
        if (admins.count() > 0) {
            return;
        }
        String name = username == null || username.isBlank() ? "admin" : username.strip();
        String secret = password;
        if (tooLong(secret)) {
            throw new IllegalStateException("KNEE_TRIAGE_ADMIN_PASSWORD is longer than " + MAX_PASSWORD_BYTES
                    + " bytes, which bcrypt cannot use; choose a shorter one");
        }
        if (secret != null && !secret.isBlank()) {
            String refused = PasswordPolicy.problem(name, secret).orElse(null);
            if (refused != null) {
                throw new IllegalStateException("KNEE_TRIAGE_ADMIN_PASSWORD is refused (" + refused + "): an admin"
                        + " password needs at least " + PasswordPolicy.MIN_LENGTH + " characters, must not be the user"
                        + " name or a common password, and must not be a long run or sequence of characters");
            }
        }
        boolean generated = secret == null || secret.isBlank();
        if (generated) {
            secret = randomPassword();
        }
        // Flushed now: if another instance starting at the same time got there first, the
        // unique user name refuses this one before any password is logged.
        AdminUser first = new AdminUser(name, passwordEncoder.encode(secret), clock.instant());
        if (generated) {
            // Logged once, so it must not stay: the first login leads to "change
            // password".
            first.requirePasswordChange();
        }
        admins.saveAndFlush(first);
        if (generated) {
            log.warn("""

                    Created the first Knee Triage admin '{}' with this generated password: {}
                    Log in at /login; you will be asked to choose your own password first.
                    """, name, secret);
        }
        audit.record("system", "CREATE", "ADMIN_USER", name, null, name);
    }

    @Transactional
    void addAdmin(String actor, String username, String password) {
        admins.save(new AdminUser(username, passwordEncoder.encode(password), clock.instant()));
        audit.record(actor, "CREATE", "ADMIN_USER", username, null, username);
    }

    /**
     * @return false when the current password is wrong
     */
    @Transactional
    boolean changePassword(String username, String currentPassword, String newPassword) {
        AdminUser admin = admins.findByUsername(username).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, admin.getPasswordHash())) {
            return false;
        }
        admin.changePassword(passwordEncoder.encode(newPassword));
        audit.record(username, "CHANGE_PASSWORD", "ADMIN_USER", username, null, null);
        return true;
    }

    @Transactional(readOnly = true)
    boolean exists(String username) {
        return admins.existsByUsername(username);
    }

    @Transactional(readOnly = true)
    List<AdminSummary> admins() {
        return admins.findAllByOrderByUsername()
            .stream()
            .map(admin -> new AdminSummary(admin.getUsername(), admin.isDisabled(), admin.mustChangePassword()))
            .toList();
    }

    /**
     * Disables or enables another admin's account; a disabled admin cannot log in and
     * their open sessions end at once, on every instance.
     * @return false if there is no such admin, it is the actor's own account, or the
     * actor was disabled meanwhile (so at least one enabled admin always remains)
     */
    @Transactional
    boolean setDisabled(String actor, String username, boolean disabled) {
        if (actor.equals(username)) {
            return false;
        }
        List<AdminUser> all = admins.lockAll();
        boolean actorEnabled = all.stream().anyMatch(a -> a.getUsername().equals(actor) && !a.isDisabled());
        if (!actorEnabled) {
            // Disabled a moment ago by another admin: no longer allowed to disable
            // anyone.
            return false;
        }
        return all.stream().filter(admin -> admin.getUsername().equals(username)).findFirst().map(admin -> {
            if (disabled && !admin.isDisabled()) {
                admin.disable(clock.instant());
                audit.record(actor, "DISABLE", "ADMIN_USER", username, null, null);
                endSessions(username);
            }
            else if (!disabled && admin.isDisabled()) {
                admin.enable();
                audit.record(actor, "ENABLE", "ADMIN_USER", username, null, null);
            }
            return true;
        }).orElse(false);
    }

    /** Ends every session of the account, except the one given (may be null). */
    void endSessions(String username, String exceptSessionId) {
        sessions.getAllSessions(username, false)
            .stream()
            .filter(info -> !info.getSessionId().equals(exceptSessionId))
            .forEach(SessionInformation::expireNow);
    }

    void endSessions(String username) {
        endSessions(username, null);
    }

    /** One row of the admins page. */
    record AdminSummary(String username, boolean disabled, boolean mustChangePassword) {
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}

package app.kneetriage.admins;

import app.kneetriage.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome of a password check (taken in {@link AdminUserDetailsService}): a login
 * gives its place a full allowance of checks back ({@link LoginThrottle}). Wrong
 * passwords never end sessions already open; a password change or a disable does. Logins
 * and wrong passwords for existing accounts go to the audit log, so a physiotherapist can
 * see who got in and whether someone was guessing; names that are no account are not
 * written, so guesses cannot fill the log.
 */
@Component
class LoginAttempts {

    private final AdminUserRepository admins;

    private final AuditLog audit;

    private final LoginThrottle throttle;

    LoginAttempts(AdminUserRepository admins, AuditLog audit, LoginThrottle throttle) {
        this.admins = admins;
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (admins.existsByUsername(username)) {
            audit.record(username, "LOGIN_FAILED", "ADMIN_USER", username, null, null);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        throttle.loggedIn(username, ClientAddress.current());
        audit.record(username, "LOGIN", "ADMIN_USER", username, null, null);
    }

}

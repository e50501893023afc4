package app.kneetriage.admins;

import app.kneetriage.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The outcome of a password check (taken in {@link AdminUserDetailsService}): a login
 * gives the account its full allowance of checks back. Logins and wrong passwords for
 * existing accounts go to the audit log, so a physiotherapist can see who got in and
 * whether someone was guessing; names that are no account are not written, so guesses
 * cannot fill the log.
 */
@Component
class LoginAttempts {

    private final AdminUserRepository admins;

    private final AuditLog audit;

    private static final String LAST_CHECK = LoginAttempts.class.getName() + ".lastCheck";

    /**
     * Notes on the login request that it holds the account's last password check, so that
     * a wrong password here is recorded as the lock.
     */
    static void markLastCheck() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(LAST_CHECK, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private static boolean wasLastCheck() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(LAST_CHECK, RequestAttributes.SCOPE_REQUEST) != null;
    }

    LoginAttempts(AdminUserRepository admins, AuditLog audit) {
        this.admins = admins;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (admins.existsByUsername(username)) {
            audit.record(username, "LOGIN_FAILED", "ADMIN_USER", username, null, null);
            if (wasLastCheck()) {
                // Sessions already open stay: else five guesses by anyone would throw the
                // admin out. A password change or a disable still ends them.
                audit.record(username, "LOCKED", "ADMIN_USER", username, null, null);
            }
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        admins.resetFailedLogins(username);
        audit.record(username, "LOGIN", "ADMIN_USER", username, null, null);
    }

}

package app.kneetriage.admins;

import java.time.Clock;

import app.kneetriage.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins: after {@value AdminUser#MAX_FAILED_LOGINS} wrong passwords in a
 * row the account is locked for a while, which makes guessing passwords impractical.
 * Logins and wrong passwords for existing accounts go to the audit log, so a
 * physiotherapist can see who got in and whether someone was guessing; names that are no
 * account are not written, so guesses cannot fill the log.
 */
@Component
class LoginAttempts {

    private final AdminUserRepository admins;

    private final AuditLog audit;

    private final Clock clock;

    LoginAttempts(AdminUserRepository admins, AuditLog audit, Clock clock) {
        this.admins = admins;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        boolean isAnAccount = admins.countFailedLogin(username) > 0;
        admins.lockWhenTooManyFailures(username, AdminUser.MAX_FAILED_LOGINS,
                clock.instant().plus(AdminUser.LOCK_TIME));
        if (isAnAccount) {
            audit.record(username, "LOGIN_FAILED", "ADMIN_USER", username, null, null);
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

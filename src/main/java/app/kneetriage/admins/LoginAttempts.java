package app.kneetriage.admins;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins: after {@value AdminUser#MAX_FAILED_LOGINS} wrong passwords in a
 * row the account is locked for a while, which makes guessing passwords impractical.
 */
@Component
class LoginAttempts {

    private final AdminUserRepository admins;

    private final Clock clock;

    LoginAttempts(AdminUserRepository admins, Clock clock) {
        this.admins = admins;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        admins.countFailedLogin(username);
        admins.lockWhenTooManyFailures(username, AdminUser.MAX_FAILED_LOGINS,
                clock.instant().plus(AdminUser.LOCK_TIME));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        admins.resetFailedLogins(event.getAuthentication().getName());
    }

}

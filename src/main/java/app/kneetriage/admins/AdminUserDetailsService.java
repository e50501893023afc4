package app.kneetriage.admins;

import java.time.Clock;
import java.time.Instant;

import app.kneetriage.system.SecurityConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins for Spring Security: every stored admin has the ADMIN role, except one who must
 * first replace a generated password, and a disabled one cannot log in. Spring Security
 * asks for the account just before it compares the password, so this is where one of the
 * account's {@value AdminUser#MAX_FAILED_LOGINS} password checks is taken, in the same
 * database update that tests the lock: however many logins arrive together, no more than
 * that many passwords are compared until a login succeeds or the lock has run out. An
 * account without a check left is reported locked, and its password is not compared.
 */
@Service
class AdminUserDetailsService implements UserDetailsService {

    private final AdminUserRepository admins;

    private final Clock clock;

    AdminUserDetailsService(AdminUserRepository admins, Clock clock) {
        this.admins = admins;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UserDetails loadUserByUsername(String username) {
        Instant now = clock.instant();
        admins.endExpiredLock(username, now);
        boolean checkTaken = admins.takePasswordCheck(username, AdminUser.MAX_FAILED_LOGINS) == 1;
        if (checkTaken && admins.lockWhenChecksUsedUp(username, AdminUser.MAX_FAILED_LOGINS,
                now.plus(AdminUser.LOCK_TIME)) == 1) {
            // The last check: locked from now, so that the count cannot stick, unless the
            // password is right. LoginAttempts records the lock if it is wrong.
            LoginAttempts.markLastCheck();
        }
        AdminUser admin = admins.findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("no such admin"));
        return User.withUsername(admin.getUsername())
            .password(admin.getPasswordHash())
            .authorities(admin.mustChangePassword() ? SecurityConfiguration.PASSWORD_CHANGE_REQUIRED : "ROLE_ADMIN")
            .accountLocked(!checkTaken)
            .disabled(admin.isDisabled())
            .build();
    }

}

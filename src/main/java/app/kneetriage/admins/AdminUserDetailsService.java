package app.kneetriage.admins;

import java.util.List;

import app.kneetriage.system.SecurityConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Admins for Spring Security: every stored admin has the ADMIN role, except one who must
 * first replace a generated password, and a disabled one cannot log in. Spring Security
 * asks for the account just before it compares the password, so this is where a password
 * check is taken from {@link LoginThrottle}, for names that are no account too (so that a
 * guesser learns nothing from being held back). A place without a check left is reported
 * locked, and its password is not compared.
 */
@Service
class AdminUserDetailsService implements UserDetailsService {

    private final AdminUserRepository admins;

    private final LoginThrottle throttle;

    AdminUserDetailsService(AdminUserRepository admins, LoginThrottle throttle) {
        this.admins = admins;
        this.throttle = throttle;
    }

    // No transaction around this: the check takes a connection of its own, and holding
    // a second one meanwhile let parallel logins run the pool dry.
    @Override
    public UserDetails loadUserByUsername(String username) {
        if (!throttle.take(username, ClientAddress.current())) {
            // Reported locked, so Spring Security does not compare the password.
            return User.withUsername("held-back").password("").authorities(List.of()).accountLocked(true).build();
        }
        AdminUser admin = admins.findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("no such admin"));
        return User.withUsername(admin.getUsername())
            .password(admin.getPasswordHash())
            .authorities(admin.mustChangePassword() ? SecurityConfiguration.PASSWORD_CHANGE_REQUIRED : "ROLE_ADMIN")
            .disabled(admin.isDisabled())
            .build();
    }

}

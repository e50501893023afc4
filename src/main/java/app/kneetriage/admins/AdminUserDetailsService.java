package app.kneetriage.admins;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins for Spring Security: every stored admin has the ADMIN role; a locked one cannot
 * log in.
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
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AdminUser admin = admins.findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("no such admin"));
        return User.withUsername(admin.getUsername())
            .password(admin.getPasswordHash())
            .roles("ADMIN")
            .accountLocked(admin.isLocked(clock.instant()))
            .build();
    }

}

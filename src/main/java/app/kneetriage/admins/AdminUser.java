package app.kneetriage.admins;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone allowed to edit the rule content. The password is only ever held encoded. */
@Entity
@Table(name = "admin_user")
class AdminUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    private Instant createdAt;

    /** Set for a generated first password: nothing but a password change until then. */
    private boolean mustChangePassword;

    private Instant disabledAt;

    @Version
    private long version;

    protected AdminUser() {
    }

    AdminUser(String username, String passwordHash, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean isDisabled() {
        return disabledAt != null;
    }

    void disable(Instant now) {
        if (disabledAt == null) {
            disabledAt = now;
        }
    }

    void enable() {
        disabledAt = null;
    }

}

package app.kneetriage.admins;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Adding another admin. */
public class NewAdminForm {

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9._-]{3,50}")
    private String username;

    @NotBlank
    @Size(min = PasswordPolicy.MIN_LENGTH, max = 200)
    private String password;

    @NotBlank
    private String confirmPassword;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

}

package app.kneetriage.admins;

import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells an admin on the admin home page that someone has been typing wrong passwords for
 * their account, so that guessing, which no longer locks anyone out, is still seen.
 */
@ControllerAdvice(basePackages = "app.kneetriage.ruleadmin")
class LoginGuessesNotice {

    private final LoginThrottle throttle;

    LoginGuessesNotice(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @ModelAttribute("loginGuesses")
    Notice loginGuesses(HttpServletRequest request, Principal admin) {
        if (admin == null || !"/admin".equals(request.getServletPath())) {
            return null;
        }
        LoginThrottle.Guesses guesses = throttle.recentGuesses(admin.getName());
        if (!guesses.any()) {
            return null;
        }
        return new Notice(guesses.wrongPasswords(), guesses.places(),
                LocalDateTime.ofInstant(guesses.latest(), ZoneOffset.UTC));
    }

    /** Shown in UTC, as the audit log's times are. */
    record Notice(long wrongPasswords, long places, LocalDateTime latestUtc) {
    }

}

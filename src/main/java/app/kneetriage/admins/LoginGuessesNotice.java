package app.kneetriage.admins;

import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells an admin on the admin home page that someone has been typing wrong passwords for
 * their account, so that guessing, which no longer locks anyone out, is still seen.
 */
@ControllerAdvice(basePackages = "app.kneetriage.ruleadmin")
class LoginGuessesNotice {

    private final ObjectProvider<LoginThrottle> throttle;

    /**
     * Web slice tests of the admin pages have no database, and so no throttle: no notice.
     */
    LoginGuessesNotice(ObjectProvider<LoginThrottle> throttle) {
        this.throttle = throttle;
    }

    @ModelAttribute("loginGuesses")
    Notice loginGuesses(HttpServletRequest request, Principal admin) {
        LoginThrottle known = throttle.getIfAvailable();
        if (known == null || admin == null || !"/admin".equals(request.getServletPath())) {
            return null;
        }
        LoginThrottle.Guesses guesses = known.recentGuesses(admin.getName());
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

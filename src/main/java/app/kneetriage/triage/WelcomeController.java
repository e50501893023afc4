package app.kneetriage.triage;

import java.net.URI;
import java.util.List;

import app.kneetriage.rules.RedFlag;
import app.kneetriage.system.KneeTriageProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what the tool does, what it does not, and when to get help now instead.
 */
@Controller
class WelcomeController {

    static final String VIEW_WELCOME = "triage/welcome";

    private final KneeTriageProperties.Retention retention;

    WelcomeController(KneeTriageProperties settings) {
        this.retention = settings.retention();
    }

    @GetMapping("/")
    String welcome(Model model) {
        model.addAttribute("redFlagChoices", List.of(RedFlag.values()));
        model.addAttribute("retention", retention);
        return VIEW_WELCOME;
    }

    /** Browsers ask for /favicon.ico whatever the page says; the icon is an SVG. */
    @GetMapping("/favicon.ico")
    ResponseEntity<Void> favicon() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/favicon.svg")).build();
    }

}

package app.kneetriage.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for admins, newest first, filtered by who, what kind of thing, and its
 * name.
 */
@Controller
class AuditController {

    static final String VIEW_AUDIT = "admin/audit";

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String showAudit(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("entries", audit.search(actor, type, q));
        model.addAttribute("actor", actor);
        model.addAttribute("type", type);
        model.addAttribute("q", q);
        return VIEW_AUDIT;
    }

}

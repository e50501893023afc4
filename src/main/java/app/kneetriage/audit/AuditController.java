package app.kneetriage.audit;

import java.util.List;

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

    /** What audited changes are about, for the filter's pick list. */
    static final List<String> TYPES = List.of("CAUSE", "EXERCISE", "URGENCY_RULES", "ADVICE", "SECTION_RULES",
            "RUNNING_RULES", "RETURN_TO_RUN", "PLAN_SETTINGS", "TEST_CASE", "DRAFT", "RULE_SET", "ADMIN_USER");

    static final String VIEW_AUDIT = "audit/audit";

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
        model.addAttribute("types", TYPES);
        model.addAttribute("q", q);
        return VIEW_AUDIT;
    }

}

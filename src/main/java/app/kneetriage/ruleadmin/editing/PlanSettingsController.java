package app.kneetriage.ruleadmin.editing;

import java.security.Principal;

import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.content.StaleEditException;
import app.kneetriage.system.Redirects;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The draft's plan settings: plan size and the fit bands. */
@Controller
class PlanSettingsController {

    static final String VIEW_SETTINGS = "ruleadmin/settings";

    private final PlanSettingsEditing settings;

    PlanSettingsController(PlanSettingsEditing settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/rules/settings")
    String initSettingsForm(Model model) {
        model.addAttribute("settingsForm", settings.form());
        return VIEW_SETTINGS;
    }

    @PostMapping("/admin/rules/settings")
    ModelAndView processSettingsForm(@Valid @ModelAttribute("settingsForm") PlanSettingsForm form, BindingResult result,
            Principal admin, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                settings.save(admin.getName(), form);
                redirect.addFlashAttribute("message", "settings.saved");
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            }
            catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
                result.reject("list.stale");
                form.setVersion(settings.form().getVersion());
            }
            catch (InvalidRuleException e) {
                result.reject("cause.invalid", new Object[] { e.getMessage() }, e.getMessage());
            }
        }
        return new ModelAndView(VIEW_SETTINGS, HttpStatus.UNPROCESSABLE_CONTENT);
    }

}

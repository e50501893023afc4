package app.kneetriage.admins;

import java.security.Principal;

import app.kneetriage.system.NotFoundException;
import app.kneetriage.system.Redirects;
import app.kneetriage.system.SecurityConfiguration;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The login page, the admins list with its "add admin" form and disable buttons, and
 * changing one's password: the first thing an admin with a generated password must do.
 */
@Controller
class AdminAccountController {

    static final String VIEW_LOGIN = "admins/login";

    static final String VIEW_ADMINS = "admins/admins";

    static final String VIEW_PASSWORD = "admins/password";

    private final AdminAccounts accounts;

    AdminAccountController(AdminAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return VIEW_LOGIN;
    }

    @GetMapping("/admin/admins")
    String initAddAdminForm(Model model) {
        model.addAttribute("newAdminForm", new NewAdminForm());
        model.addAttribute("admins", accounts.admins());
        return VIEW_ADMINS;
    }

    @PostMapping("/admin/admins")
    ModelAndView processAddAdminForm(@Valid @ModelAttribute("newAdminForm") NewAdminForm form, BindingResult result,
            Principal principal, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("username") && accounts.exists(form.getUsername())) {
            result.rejectValue("username", "admin.exists");
        }
        checkNewPassword(result, "password", form.getUsername(), form.getPassword(), form.getConfirmPassword());
        if (result.hasErrors()) {
            ModelAndView page = new ModelAndView(VIEW_ADMINS, HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("admins", accounts.admins());
            return page;
        }
        accounts.addAdmin(principal.getName(), form.getUsername(), form.getPassword());
        redirect.addFlashAttribute("message", "admin.added");
        return new ModelAndView(Redirects.seeOther("/admin/admins"));
    }

    /** Another admin's account: disabled (its sessions end at once) or enabled again. */
    @PostMapping("/admin/admins/{username}/disabled")
    ModelAndView setDisabled(@PathVariable String username, @RequestParam boolean disabled, Principal principal,
            RedirectAttributes redirect) {
        if (!accounts.setDisabled(principal.getName(), username, disabled)) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute("message", disabled ? "admin.disabled" : "admin.enabled");
        return new ModelAndView(Redirects.seeOther("/admin/admins"));
    }

    @GetMapping("/admin/password")
    String initPasswordForm(Model model, Authentication user) {
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("forced", mustChangePassword(user));
        return VIEW_PASSWORD;
    }

    @PostMapping("/admin/password")
    ModelAndView processPasswordForm(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
            Authentication principal, HttpSession session, RedirectAttributes redirect) {
        checkNewPassword(result, "newPassword", principal.getName(), form.getNewPassword(), form.getConfirmPassword());
        if (!result.hasErrors()
                && !accounts.changePassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword())) {
            result.rejectValue("currentPassword", "password.wrong");
        }
        if (result.hasErrors()) {
            return new ModelAndView(VIEW_PASSWORD, HttpStatus.UNPROCESSABLE_CONTENT).addObject("forced",
                    mustChangePassword(principal));
        }
        if (mustChangePassword(principal)) {
            // This session only ever held the right to change the password: log in anew.
            accounts.endSessions(principal.getName());
            session.invalidate();
            return new ModelAndView(Redirects.seeOther("/login?changed"));
        }
        accounts.endSessions(principal.getName(), session.getId());
        redirect.addFlashAttribute("message", "password.changed");
        return new ModelAndView(Redirects.seeOther("/admin"));
    }

    private static boolean mustChangePassword(Authentication user) {
        return user.getAuthorities()
            .stream()
            .anyMatch(authority -> SecurityConfiguration.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()));
    }

    /**
     * The same checks for a new admin's password and a changed one: bcrypt's length
     * limit, the password policy, and the repeat matching. Only the first problem is
     * shown.
     */
    private static void checkNewPassword(BindingResult result, String field, String username, String password,
            String confirmPassword) {
        if (result.hasFieldErrors(field)) {
            return;
        }
        if (AdminAccounts.tooLong(password)) {
            result.rejectValue(field, "password.tooLong");
            return;
        }
        PasswordPolicy.problem(username, password).ifPresent(code -> result.rejectValue(field, code));
        if (!result.hasFieldErrors(field) && !password.equals(confirmPassword)) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
    }

}

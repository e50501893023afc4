package app.kneetriage.ruleadmin.drafts;

import java.security.Principal;

import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.system.Redirects;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The published versions with rollback, and a rule set as one JSON file: export and
 * import.
 */
@Controller
class VersionsController {

    static final String VIEW_VERSIONS = "ruleadmin/versions";

    static final String VIEW_IMPORT = "ruleadmin/import";

    private final Drafts drafts;

    private final Publishing publishing;

    VersionsController(Drafts drafts, Publishing publishing) {
        this.drafts = drafts;
        this.publishing = publishing;
    }

    @GetMapping("/admin/rules/versions")
    String versions(Model model) {
        model.addAttribute("versions", drafts.versionHistory());
        return VIEW_VERSIONS;
    }

    @PostMapping("/admin/rules/versions/{number}/republish")
    ModelAndView republish(@PathVariable int number, Principal admin, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("publishedVersion", publishing.republish(admin.getName(), number));
            return new ModelAndView(Redirects.seeOther("/admin/rules/versions"));
        }
        catch (PublishRefusedException e) {
            // Shown at once: the list of failed test cases can be long for a flash
            // cookie.
            ModelAndView page = new ModelAndView(VIEW_VERSIONS, HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("versions", drafts.versionHistory());
            page.addObject("refused", e.problems());
            return page;
        }
    }

    @GetMapping(path = "/admin/rules/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> export(@RequestParam(required = false) Integer version) {
        String name = version == null ? "draft" : "v" + version;
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"knee-triage-rules-" + name + ".json\"")
            .contentType(MediaType.APPLICATION_JSON)
            .body(drafts.export(version));
    }

    @GetMapping("/admin/rules/import")
    String initImportForm(Model model) {
        model.addAttribute("importForm", new ImportForm());
        return VIEW_IMPORT;
    }

    @PostMapping("/admin/rules/import")
    ModelAndView processImportForm(@Valid @ModelAttribute("importForm") ImportForm form, BindingResult result,
            Principal admin, RedirectAttributes redirect) {
        if (form.fileTooLarge()) {
            result.rejectValue("file", "import.tooLarge");
        }
        else if (!form.hasFile() && (form.getDocument() == null || form.getDocument().isBlank())) {
            result.rejectValue("document", "import.empty");
        }
        if (!result.hasErrors()) {
            try {
                drafts.importDraft(admin.getName(), form.text());
                redirect.addFlashAttribute("message", "import.done");
                return new ModelAndView(Redirects.seeOther("/admin/rules"));
            }
            catch (InvalidRuleException e) {
                result.rejectValue(form.hasFile() ? "file" : "document", "import.invalid",
                        new Object[] { e.getMessage() }, e.getMessage());
            }
        }
        return new ModelAndView(VIEW_IMPORT, HttpStatus.UNPROCESSABLE_CONTENT);
    }

}

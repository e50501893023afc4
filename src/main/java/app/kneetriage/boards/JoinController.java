package app.kneetriage.boards;

import app.kneetriage.results.ManagedResult;
import app.kneetriage.results.ResultService;
import app.kneetriage.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The runner's side, below the manage link: type a coach's join code, see the board's
 * name, then confirm; or leave a board. Looking up a code counts against the join codes'
 * own allowance per address, so codes cannot be tried in bulk.
 */
@Controller
class JoinController {

    static final String VIEW_JOIN = "boards/join";

    private final Boards boards;

    private final ResultService results;

    JoinController(Boards boards, ResultService results) {
        this.boards = boards;
        this.results = results;
    }

    @GetMapping("/m/{key}/boards")
    String initJoinForm(@PathVariable String key, Model model) {
        managed(key);
        return joinPage(key, model);
    }

    /**
     * Shows the board the code names, for the runner to confirm; nothing is saved yet.
     */
    @PostMapping("/m/{key}/boards/find")
    String findBoard(@PathVariable String key, @RequestParam(defaultValue = "") String joinCode, Model model) {
        managed(key);
        model.addAttribute("joinCode", joinCode);
        boards.byJoinCode(joinCode)
            .ifPresentOrElse(board -> model.addAttribute("board", board),
                    () -> model.addAttribute("problem", "noSuchBoard"));
        return joinPage(key, model);
    }

    @PostMapping("/m/{key}/boards/join")
    String join(@PathVariable String key, @RequestParam(defaultValue = "") String joinCode, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Joining joining = boards.join(managed(key), joinCode);
        if (joining == Joining.JOINED || joining == Joining.ALREADY_ON) {
            redirect.addFlashAttribute("message", "boardJoined");
            return "redirect:/m/{key}";
        }
        model.addAttribute("joinCode", joinCode);
        model.addAttribute("problem",
                joining == Joining.FULL ? "full" : joining == Joining.NOT_SHARED ? "notShared" : "noSuchBoard");
        if (joining == Joining.FULL) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return joinPage(key, model);
    }

    @PostMapping("/m/{key}/boards/{boardId}/leave")
    String leave(@PathVariable String key, @PathVariable long boardId, RedirectAttributes redirect) {
        boards.leave(managed(key), boardId);
        redirect.addFlashAttribute("message", "boardLeft");
        return "redirect:/m/{key}";
    }

    private String joinPage(String key, Model model) {
        model.addAttribute("privatePage", true);
        model.addAttribute("manageKey", key);
        model.addAttribute("maxRunners", Boards.MAX_RUNNERS);
        return VIEW_JOIN;
    }

    private ManagedResult managed(String key) {
        return results.findManaged(key).orElseThrow(NotFoundException::new);
    }

}

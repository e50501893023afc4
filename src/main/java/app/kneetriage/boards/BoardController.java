package app.kneetriage.boards;

import java.util.List;
import java.util.Locale;

import app.kneetriage.system.Downloads;
import app.kneetriage.system.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coach's pages: create a board, then, behind the board link, see its runners, rename
 * it, make a new join code or delete it. A wrong board key is a plain 404.
 */
@Controller
class BoardController {

    static final String VIEW_NEW = "boards/new";

    static final String VIEW_BOARD = "boards/board";

    static final String VIEW_CONFIRM_DELETE = "boards/delete";

    static final String VIEW_DELETED = "boards/deleted";

    private final Boards boards;

    private final MessageSource messages;

    BoardController(Boards boards, MessageSource messages) {
        this.boards = boards;
        this.messages = messages;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("nameMax")
    int nameMax() {
        return BoardForm.NAME_MAX;
    }

    @GetMapping("/boards/new")
    String initCreationForm(Model model) {
        model.addAttribute("boardForm", new BoardForm());
        return VIEW_NEW;
    }

    @PostMapping("/boards/new")
    String processCreationForm(@Valid BoardForm boardForm, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return VIEW_NEW;
        }
        redirect.addAttribute("boardKey", boards.create(boardForm.getBoardName()).boardKey());
        return "redirect:/b/{boardKey}";
    }

    @GetMapping("/b/{boardKey}")
    String showBoard(@PathVariable String boardKey, Model model) {
        CoachBoard board = board(boardKey);
        BoardForm boardForm = new BoardForm();
        boardForm.setBoardName(board.getName());
        model.addAttribute("boardForm", boardForm);
        model.addAttribute("showBoardLinkNotice", boards.showBoardLinkNoticeOnce(board));
        return boardPage(board, boardKey, model);
    }

    @PostMapping("/b/{boardKey}/name")
    String processRenameForm(@PathVariable String boardKey, @Valid BoardForm boardForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        CoachBoard board = board(boardKey);
        if (errors.hasErrors()) {
            return boardPage(board, boardKey, model);
        }
        boards.rename(board, boardForm.getBoardName());
        redirect.addFlashAttribute("message", "renamed");
        return "redirect:/b/{boardKey}";
    }

    @PostMapping("/b/{boardKey}/join-code")
    String newJoinCode(@PathVariable String boardKey, RedirectAttributes redirect) {
        boards.newJoinCode(board(boardKey), boardKey);
        redirect.addFlashAttribute("message", "newJoinCode");
        return "redirect:/b/{boardKey}";
    }

    @GetMapping("/b/{boardKey}/board.csv")
    ResponseEntity<String> download(@PathVariable String boardKey, Locale locale) {
        CoachBoard board = board(boardKey);
        return Downloads.attachment(
                BoardExport.csv(board.getName(), boards.rows(board, boardKey),
                        messages.getMessage("boards.row.noNickname", null, locale)),
                Downloads.CSV_TYPE, BoardExport.FILE);
    }

    @GetMapping("/b/{boardKey}/delete")
    String confirmDelete(@PathVariable String boardKey, Model model) {
        model.addAttribute("boardName", board(boardKey).getName());
        model.addAttribute("boardKey", boardKey);
        return VIEW_CONFIRM_DELETE;
    }

    @PostMapping("/b/{boardKey}/delete")
    String delete(@PathVariable String boardKey) {
        boards.delete(board(boardKey));
        return "redirect:/boards/deleted";
    }

    @GetMapping("/boards/deleted")
    String deleted() {
        return VIEW_DELETED;
    }

    private String boardPage(CoachBoard board, String boardKey, Model model) {
        model.addAttribute("privatePage", true);
        model.addAttribute("boardName", board.getName());
        model.addAttribute("boardKey", boardKey);
        model.addAttribute("joinCode", boards.joinCode(board, boardKey));
        List<BoardRow> rows = boards.rows(board, boardKey);
        model.addAttribute("rows", rows);
        model.addAttribute("hiddenRunners", Math.max(0, boards.members(board) - rows.size()));
        model.addAttribute("maxRunners", Boards.MAX_RUNNERS);
        model.addAttribute("flags", List.of(BoardFlag.values()));
        model.addAttribute("linkEnding", BoardFlag.LINK_ENDING);
        model.addAttribute("stopped", BoardFlag.STOPPED);
        return VIEW_BOARD;
    }

    private CoachBoard board(String boardKey) {
        return boards.find(boardKey).orElseThrow(NotFoundException::new);
    }

}

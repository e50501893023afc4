package app.kneetriage.api;

import app.kneetriage.answers.TriageRequest;
import app.kneetriage.results.CreatedResult;
import app.kneetriage.results.ManagedResult;
import app.kneetriage.results.ResultChains;
import app.kneetriage.results.ResultService;
import app.kneetriage.results.ShareLinkChoice;
import app.kneetriage.results.ShareLinks;
import app.kneetriage.results.SharedLookup;
import app.kneetriage.results.StoredResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of the triage contract, and the runner's controls over a result, each
 * authorised by the manage key in {@code X-Manage-Key}. A wrong or missing key is
 * answered like an unknown token.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Triage", description = "Triage answers, read a shared result, and control it with the manage key")
class TriageApiController {

    static final String MANAGE_KEY_HEADER = "X-Manage-Key";

    private final ResultService results;

    private final ShareLinks links;

    private final ResultChains chains;

    TriageApiController(ResultService results, ResultChains chains, ShareLinks links) {
        this.results = results;
        this.chains = chains;
        this.links = links;
    }

    @Operation(summary = "Triage the answers with the live rules and store the result")
    @ApiResponse(responseCode = "201", description = "The result, with its share token and, this once, its manage key")
    @ApiResponse(responseCode = "400", description = "Bad input: the problem document names each field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "429", description = "Too many results from this address; see Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(path = "/triage", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ResultDocument> triage(@Valid @RequestBody TriageRequest request) {
        return created(results.create(request.toAnswers(), null));
    }

    @Operation(summary = "A shared result, as the runner first saw it")
    @ApiResponse(responseCode = "200", description = "The result")
    @ApiResponse(responseCode = "404", description = "No such result",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "410", description = "No longer shared: revoked, expired or deleted",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping("/results/{token}")
    ResultDocument result(@PathVariable String token) {
        SharedLookup lookup = results.findShared(token);
        return switch (lookup.found()) {
            case SHARED -> ResultDocument.of(lookup.result(), links.shareUrl(token));
            case GONE -> throw new ResultGoneException();
            case NOT_FOUND -> throw new ResultNotFoundException();
        };
    }

    @Operation(summary = "Stop sharing the result (manage key in X-Manage-Key)")
    @ApiResponse(responseCode = "204", description = "No longer shared")
    @ApiResponse(responseCode = "404", description = "No such result, or not its manage key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping("/results/{token}/revoke")
    ResponseEntity<Void> revoke(@PathVariable String token,
            @RequestHeader(name = MANAGE_KEY_HEADER, required = false) String key) {
        results.revoke(ManagedResults.orNotFound(results, token, key));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Set when the share link stops working, or null for never (manage key in X-Manage-Key)")
    @ApiResponse(responseCode = "204", description = "Expiry set")
    @ApiResponse(responseCode = "404", description = "No such result, or not its manage key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PutMapping(path = "/results/{token}/expiry", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> expiry(@PathVariable String token,
            @RequestHeader(name = MANAGE_KEY_HEADER, required = false) String key, @RequestBody ExpiryRequest request) {
        results.setExpiry(ManagedResults.orNotFound(results, token, key), request.expiresAt());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Delete the answers and the result for good (manage key in X-Manage-Key)")
    @ApiResponse(responseCode = "204", description = "Deleted; the link answers 410 from now on")
    @ApiResponse(responseCode = "404", description = "No such result, or not its manage key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @DeleteMapping("/results/{token}")
    ResponseEntity<Void> delete(@PathVariable String token,
            @RequestHeader(name = MANAGE_KEY_HEADER, required = false) String key) {
        results.delete(ManagedResults.orNotFound(results, token, key));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The same answers against today's rules, as a new result (manage key in X-Manage-Key)",
            description = "shareLink=move (the default) moves the share link to the new result: the token stays,"
                    + " the old result is no longer shared and the link shows the earlier checks as history."
                    + " shareLink=keep keeps the share link on the old result, as it was, and gives the new result"
                    + " a token of its own; shareLink=new, its earlier name, still does the same.")
    @ApiResponse(responseCode = "201", description = "The new result, with its token and a new manage key")
    @ApiResponse(responseCode = "400", description = "shareLink is not move, keep or new",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No such result, or not its manage key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping("/results/{token}/rerun")
    ResponseEntity<ResultDocument> rerun(@PathVariable String token,
            @RequestHeader(name = MANAGE_KEY_HEADER, required = false) String key,
            @Parameter(description = "move (the default), keep, or new: the earlier name of keep",
                    schema = @Schema(allowableValues = { "move", "keep", "new" })) @RequestParam(name = "shareLink",
                            defaultValue = "move") String shareLink) {
        ShareLinkChoice choice = ShareLinkChoice.parse(shareLink)
            .orElseThrow(() -> new BadParameterException("shareLink", "api.shareLink.invalid"));
        return created(
                chains.rerun(ManagedResults.orNotFound(results, token, key), key, choice == ShareLinkChoice.MOVE));
    }

    private ResponseEntity<ResultDocument> created(CreatedResult created) {
        StoredResult result = created.result();
        return ResponseEntity.created(ApiLocations.path("/api/v1/results/{token}", result.token()))
            .body(ResultDocument.created(result, links.shareUrl(result.token()), created.manageKey(),
                    links.manageUrl(created.manageKey())));
    }

}

package app.kneetriage.api;

import java.net.URI;

import app.kneetriage.results.ResultService;
import app.kneetriage.results.ShareLinks;
import app.kneetriage.results.StoredResult;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The JSON API of the triage contract. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class TriageApiController {

    private final ResultService results;

    private final ShareLinks shareLinks;

    TriageApiController(ResultService results, ShareLinks shareLinks) {
        this.results = results;
        this.shareLinks = shareLinks;
    }

    @PostMapping(path = "/triage", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ResultDocument> triage(@Valid @RequestBody TriageRequest request) {
        StoredResult result = results.create(request.toAnswers());
        // The contract's Location is a path: it stays right behind proxies that rewrite the host.
        URI location = URI.create(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/results/{token}")
                .buildAndExpand(result.token())
                .getPath());
        return ResponseEntity.created(location).body(document(result));
    }

    @GetMapping("/results/{token}")
    ResultDocument result(@PathVariable String token) {
        return results.find(token).map(this::document).orElseThrow(ResultNotFoundException::new);
    }

    private ResultDocument document(StoredResult result) {
        return ResultDocument.of(result, shareLinks.shareUrl(result.token()));
    }
}

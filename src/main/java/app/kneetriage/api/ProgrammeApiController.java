package app.kneetriage.api;

import app.kneetriage.programmes.ProgrammeData;
import app.kneetriage.programmes.ProgrammeExports;
import app.kneetriage.programmes.ProgrammeView;
import app.kneetriage.programmes.Programmes;
import app.kneetriage.programmes.PsfsProgress;
import app.kneetriage.results.ManagedResult;
import app.kneetriage.results.ResultService;
import app.kneetriage.results.SharedLookup;
import app.kneetriage.system.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The return to running over JSON: the runner starts it and logs sessions with the manage
 * key; anyone with the share link reads it.
 */
@RestController
@RequestMapping(path = "/api/v1/results/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Return to running", description = "Log runs and their pain; move up or step back by the rule")
class ProgrammeApiController {

    private final ResultService results;

    private final Programmes programmes;

    private final ProgrammeExports exports;

    private final MessageSource messages;

    ProgrammeApiController(ResultService results, Programmes programmes, ProgrammeExports exports,
            MessageSource messages) {
        this.results = results;
        this.programmes = programmes;
        this.exports = exports;
        this.messages = messages;
    }

    @Operation(summary = "Start the return to running of a PAUSE or REDUCE result (manage key in X-Manage-Key)",
            description = "activities (optional, up to 3): what the knee makes hard, in the runner's words (at most "
                    + PsfsProgress.MAX_NAME_LENGTH + " characters, trimmed), each with a score from 0 (cannot do it)"
                    + " to 10 (as before the problem): the Patient-Specific Functional Scale. A programme started"
                    + " without them has no function ratings.")
    @ApiResponse(responseCode = "201", description = "Started: the programme state")
    @ApiResponse(responseCode = "409",
            description = "The result says not to run, a programme exists, or the pain at rest (baselinePain) is above"
                    + " the rule's limit for starting",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(path = "/programme", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProgrammeDocument> start(@PathVariable String token,
            @RequestHeader(name = TriageApiController.MANAGE_KEY_HEADER, required = false) String key,
            @Valid @RequestBody ProgrammeRequests.Start start) {
        ManagedResult managed = ManagedResults.orNotFound(results, token, key);
        ProgrammeDocument state = ProgrammeDocument
            .of(programmes.start(managed, key, start.baselinePain(), start.days(), start.chosenActivities()), messages);
        return ResponseEntity.created(ApiLocations.path("/api/v1/results/{token}/programme", token)).body(state);
    }

    @Operation(summary = "Log a session (manage key in X-Manage-Key)")
    @ApiResponse(responseCode = "201", description = "Logged: the programme state, with the new decision")
    @PostMapping(path = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProgrammeDocument> log(@PathVariable String token,
            @RequestHeader(name = TriageApiController.MANAGE_KEY_HEADER, required = false) String key,
            @Valid @RequestBody ProgrammeRequests.Session session) {
        ManagedResult managed = ManagedResults.orNotFound(results, token, key);
        programmes.forRunner(managed, key)
            .flatMap(programme -> programmes.dateProblem(session.date(), programme))
            .ifPresent(problem -> {
                throw new BadParameterException("date", problem);
            });
        ProgrammeData.LoggedSession logged = new ProgrammeData.LoggedSession(null, session.date(),
                session.walkMinutes(), session.runMinutes(), session.painDuring(), session.painNextMorning(),
                session.notes() == null || session.notes().isBlank() ? null : session.notes().strip(),
                session.newRedFlags(), session.painAfter());
        ProgrammeDocument state = ProgrammeDocument.of(programmes.log(managed, key, logged), messages);
        return ResponseEntity.created(ApiLocations.path("/api/v1/results/{token}/programme", token)).body(state);
    }

    @Operation(summary = "Add the weekly function rating (manage key in X-Manage-Key)",
            description = "scores: one per activity named at the start, in the same order, 0 (cannot do it) to 10"
                    + " (as before the problem); globalChange: how the knee compares with the start, in seven steps."
                    + " The page asks for it once a week; the API takes it whenever it is sent.")
    @ApiResponse(responseCode = "201", description = "Rated: the programme state, with the new rating")
    @ApiResponse(responseCode = "400", description = "A score outside 0 to 10, or not one per activity (scores)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No such result or wrong key, or no programme started",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "The programme has stopped, or was started without activities",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(path = "/programme/ratings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProgrammeDocument> rate(@PathVariable String token,
            @RequestHeader(name = TriageApiController.MANAGE_KEY_HEADER, required = false) String key,
            @Valid @RequestBody ProgrammeRequests.Rating rating) {
        ManagedResult managed = ManagedResults.orNotFound(results, token, key);
        programmes.forRunner(managed, key)
            .filter(programme -> !programme.data().activities().isEmpty()
                    && programme.data().activities().size() != rating.scores().size())
            .ifPresent(programme -> {
                throw new BadParameterException("scores", "programme.psfs.scoreCount");
            });
        ProgrammeDocument state = ProgrammeDocument
            .of(programmes.rate(managed, key, rating.scores(), rating.globalChange()), messages);
        return ResponseEntity.created(ApiLocations.path("/api/v1/results/{token}/programme", token)).body(state);
    }

    @Operation(summary = "Add the next-morning pain to a logged session (manage key in X-Manage-Key)")
    @PutMapping(path = "/sessions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProgrammeDocument addMorningPain(@PathVariable String token, @PathVariable String id,
            @RequestHeader(name = TriageApiController.MANAGE_KEY_HEADER, required = false) String key,
            @Valid @RequestBody ProgrammeRequests.MorningPain morning) {
        return ProgrammeDocument.of(programmes.addMorningPain(ManagedResults.orNotFound(results, token, key), key, id,
                morning.painNextMorning()), messages);
    }

    @Operation(summary = "The programme, as a coach with the share link sees it")
    @ApiResponse(responseCode = "404", description = "No such result, or no programme started",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "410", description = "The result is no longer shared",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping("/programme")
    ProgrammeDocument programme(@PathVariable String token) {
        return ProgrammeDocument.forCoach(shared(token), messages);
    }

    @Operation(summary = "The planned runs of this week and the next, as an iCalendar (RFC 5545) file")
    @ApiResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = ProgrammeExports.CALENDAR_TYPE))
    @ApiResponse(responseCode = "409", description = "The programme has stopped: no runs are planned",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping(path = "/programme.ics",
            produces = { ProgrammeExports.CALENDAR_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
    ResponseEntity<String> calendar(@PathVariable String token) {
        return Downloads.attachment(exports.calendar(shared(token), token), ProgrammeExports.CALENDAR_TYPE,
                ProgrammeExports.CALENDAR_FILE);
    }

    @Operation(summary = "Every logged session as CSV")
    @ApiResponse(responseCode = "200", description = "The sessions",
            content = @Content(mediaType = ProgrammeExports.CSV_TYPE))
    @GetMapping(path = "/programme.csv",
            produces = { ProgrammeExports.CSV_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
    ResponseEntity<String> sessions(@PathVariable String token) {
        return Downloads.attachment(exports.csv(shared(token)), ProgrammeExports.CSV_TYPE, ProgrammeExports.CSV_FILE);
    }

    /** The programme as the share link shows it; 404 or 410 as for the result. */
    private ProgrammeView shared(String token) {
        SharedLookup lookup = results.findShared(token);
        return switch (lookup.found()) {
            case SHARED -> programmes.forCoach(lookup).orElseThrow(ResultNotFoundException::new);
            case GONE -> throw new ResultGoneException();
            case NOT_FOUND -> throw new ResultNotFoundException();
        };
    }

}

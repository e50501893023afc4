package app.kneetriage.api;

import app.kneetriage.results.ManagedResult;
import app.kneetriage.results.ResultService;

/** A result reached with its token and manage key: a wrong pair is not found. */
final class ManagedResults {

    private ManagedResults() {
    }

    static ManagedResult orNotFound(ResultService results, String token, String manageKey) {
        return results.findManaged(token, manageKey).orElseThrow(ResultNotFoundException::new);
    }

}

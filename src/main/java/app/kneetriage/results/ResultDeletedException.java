package app.kneetriage.results;

import app.kneetriage.system.NotFoundException;

/**
 * The result went (deleted by its runner, or by the retention purge) while a request
 * about it waited for its row: answered as if the request had come a moment later, with
 * the not-found page or problem, never a 500.
 */
public class ResultDeletedException extends NotFoundException {

}

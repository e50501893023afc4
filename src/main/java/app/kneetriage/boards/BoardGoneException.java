package app.kneetriage.boards;

import app.kneetriage.system.NotFoundException;

/**
 * The board was deleted while the coach's request was on its way: a 404 like any other.
 */
class BoardGoneException extends NotFoundException {

}

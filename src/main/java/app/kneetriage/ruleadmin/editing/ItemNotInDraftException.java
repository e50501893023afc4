package app.kneetriage.ruleadmin.editing;

/**
 * An admin link to a cause or exercise the draft does not have (removed, renamed, or no
 * draft at all): answered with an admin page that says so, not the runners' 404.
 */
class ItemNotInDraftException extends RuntimeException {

    private final String code;

    ItemNotInDraftException(String code) {
        super("not in the draft: " + code);
        this.code = code;
    }

    String code() {
        return code;
    }

}

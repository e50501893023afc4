package app.kneetriage.api;

/** A query parameter with a value the API does not know; answered 400 naming it. */
class BadParameterException extends RuntimeException {

    private final String parameter;

    private final String messageKey;

    BadParameterException(String parameter, String messageKey) {
        super(parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    String parameter() {
        return parameter;
    }

    String messageKey() {
        return messageKey;
    }

}

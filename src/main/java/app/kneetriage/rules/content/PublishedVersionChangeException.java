package app.kneetriage.rules.content;

/** Something tried to change a published rule version, which never changes. */
public class PublishedVersionChangeException extends IllegalStateException {

    PublishedVersionChangeException(Integer versionNumber, String what) {
        super("version " + versionNumber + " is published and never changes (" + what + ")");
    }

}

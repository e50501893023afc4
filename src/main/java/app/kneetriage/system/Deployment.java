package app.kneetriage.system;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the app is deployed, said by the operator ({@code knee-triage.deployment}), which
 * decides what must be configured before it starts:
 * <ul>
 * <li>{@code local} (the default): a laptop or a try-out. Links follow the request, the
 * secret may live in a file beside the database.</li>
 * <li>{@code single}: one server that runners use. The public URL and the encryption
 * secret must be set.</li>
 * <li>{@code shared}: several instances on one PostgreSQL database. As {@code single},
 * and the database must be PostgreSQL, where sessions, rate-limit counters and results
 * are shared.</li>
 * </ul>
 * The database type alone decides nothing of this.
 */
@Component
public final class Deployment {

    static final String SETTING = "knee-triage.deployment";

    private enum Mode {

        LOCAL, SINGLE, SHARED

    }

    private final Mode mode;

    Deployment(@Value("${" + SETTING + ":local}") String mode, DatabaseKind database) {
        try {
            this.mode = Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException(SETTING + " must be local, single or shared, not " + mode, e);
        }
        if (this.mode == Mode.SHARED && !database.isPostgres()) {
            throw new IllegalStateException(SETTING + "=shared needs PostgreSQL (SPRING_DATASOURCE_URL): several"
                    + " instances share sessions, rate-limit counters and results only there");
        }
    }

    /** Runners use it: the public URL and the secret must be set, not guessed. */
    public boolean isProduction() {
        return mode != Mode.LOCAL;
    }

    /**
     * The name of the setting and its value, for messages that say why something is
     * required.
     */
    public String describe() {
        return SETTING + "=" + mode.name().toLowerCase(Locale.ROOT);
    }

}

package app.kneetriage.system;

import java.util.Locale;

/**
 * How the app is deployed, said by the operator ({@code knee-triage.deployment}), which
 * decides what must be configured before it starts. The database type alone decides
 * nothing of this.
 */
public enum Deployment {

    /**
     * A laptop or a try-out (the default): links follow the request, the secret may live
     * in a file beside the database.
     */
    LOCAL,

    /**
     * One server that runners use: the public URL and the encryption secret must be set.
     */
    SINGLE,

    /**
     * Several instances on one PostgreSQL database: as {@link #SINGLE}, and the database
     * must be PostgreSQL, where sessions, rate-limit counters and results are shared
     * ({@link SharedDeploymentCheck}).
     */
    SHARED;

    static final String SETTING = "knee-triage.deployment";

    /** Runners use it: the public URL and the secret must be set, not guessed. */
    public boolean isProduction() {
        return this != LOCAL;
    }

    /**
     * The name of the setting and its value, for messages that say why something is
     * required.
     */
    public String describe() {
        return SETTING + "=" + name().toLowerCase(Locale.ROOT);
    }

}

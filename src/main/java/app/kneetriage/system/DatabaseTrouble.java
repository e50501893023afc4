package app.kneetriage.system;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Why the database could not serve a request, as logged and counted (tag {@code reason}):
 * an operator pages someone for an unreachable database, and adds capacity for a busy
 * pool.
 */
enum DatabaseTrouble {

    /**
     * Every connection was in use by other requests and none came free in time; the
     * database itself answered.
     */
    POOL_EXHAUSTED("pool-exhausted", "Database busy (every connection in use)"),

    /** A statement ran past its time limit. */
    QUERY_TIMEOUT("query-timeout", "Database too slow (a statement timed out)"),

    /** No connection to be had, or the one in use was lost. */
    UNREACHABLE("database-unreachable", "Database unavailable");

    /**
     * HikariCP's message for a connection it has closed after the database dropped it.
     */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    private final String reason;

    private final String logPrefix;

    DatabaseTrouble(String reason, String logPrefix) {
        this.reason = reason;
        this.logPrefix = logPrefix;
    }

    /** Counted as {@code kneetriage_database_refusals_total{reason=...}}. */
    void count(MeterRegistry meters) {
        meters.counter("kneetriage.database.refusals", "reason", reason).increment();
    }

    String logPrefix() {
        return logPrefix;
    }

    /**
     * Spring's classification, or a JDBC error anywhere in the causes (as when the
     * rollback after a lost connection fails too). A lost connection (SQL state class 08)
     * outweighs the rest. HikariCP's wait for a connection that timed out carries the
     * last failure to connect or to validate as its cause; without one, the database
     * answered and the pool was just full.
     */
    static Optional<DatabaseTrouble> of(Throwable e) {
        boolean resourceFailure = false;
        boolean poolFull = false;
        boolean timeout = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isConnectionError(sql)) {
                return Optional.of(UNREACHABLE);
            }
            poolFull |= cause instanceof SQLTransientConnectionException && cause.getCause() == null;
            timeout |= cause instanceof QueryTimeoutException || cause instanceof SQLTimeoutException;
            resourceFailure |= cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException;
        }
        if (poolFull) {
            return Optional.of(POOL_EXHAUSTED);
        }
        if (timeout) {
            return Optional.of(QUERY_TIMEOUT);
        }
        return resourceFailure ? Optional.of(UNREACHABLE) : Optional.empty();
    }

    private static boolean isConnectionError(SQLException e) {
        return (e.getSQLState() != null && e.getSQLState().startsWith("08")) || CLOSED_BY_POOL.equals(e.getMessage());
    }

}

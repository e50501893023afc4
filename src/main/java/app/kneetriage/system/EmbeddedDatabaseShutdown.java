package app.kneetriage.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Closes an embedded H2 file database cleanly when the app stops. The database is kept
 * open between connections and H2's own shutdown hook is off (see the datasource URL), so
 * that in-flight requests finish first; this runs after them, while the pool is still
 * open, and leaves a compacted file behind: H2 otherwise keeps old copies of changed and
 * deleted rows in the file. Other databases are left alone.
 */
@Component
class EmbeddedDatabaseShutdown implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseShutdown.class);

    private final DataSource dataSource;

    EmbeddedDatabaseShutdown(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void destroy() throws SQLException {
        Connection connection = dataSource.getConnection();
        String url = null;
        try {
            url = connection.getMetaData().getURL();
            if (url != null && url.startsWith("jdbc:h2:file:")) {
                try (Statement statement = connection.createStatement()) {
                    // COMPACT rewrites the file, so rows deleted earlier leave no text
                    // behind.
                    statement.execute("SHUTDOWN COMPACT");
                }
                log.info("Closed and compacted the embedded database");
            }
        }
        catch (SQLException e) {
            log.warn("Could not close the embedded database cleanly: {}", e.getMessage());
        }
        finally {
            closeQuietly(connection);
        }
        if (url != null) {
            // The compacted file is a new one, and closing the connection can leave an H2
            // trace file: both created under the umask.
            EmbeddedDatabaseFolder.databaseFile(url).ifPresent(EmbeddedDatabaseFolder::ownerOnly);
        }
    }

    /**
     * After SHUTDOWN COMPACT the connection is already closed on H2's side; nothing to
     * report.
     */
    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        }
        catch (SQLException alreadyClosed) {
            // expected after SHUTDOWN
        }
    }

}

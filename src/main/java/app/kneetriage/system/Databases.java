package app.kneetriage.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which database the app runs on, where behaviour differs between H2 and PostgreSQL. */
public final class Databases {

    private Databases() {
    }

    /**
     * PostgreSQL is the shared, production database; anything else is the embedded H2 of
     * a single instance.
     */
    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

}

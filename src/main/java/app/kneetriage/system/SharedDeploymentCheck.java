package app.kneetriage.system;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Stops the start of a {@link Deployment#SHARED} deployment on anything but PostgreSQL:
 * only there do several instances share sessions, rate-limit counters and results. The
 * one requirement the settings cannot check by themselves, since it asks the database. A
 * Flyway customizer that changes nothing, so that Flyway waits for this check and a
 * database that was never meant for it is not migrated first.
 */
@Component
class SharedDeploymentCheck implements FlywayConfigurationCustomizer {

    SharedDeploymentCheck(KneeTriageProperties settings, DatabaseKind database) {
        if (settings.deployment() == Deployment.SHARED && !database.isPostgres()) {
            throw new IllegalStateException(settings.deployment().describe() + " needs PostgreSQL"
                    + " (SPRING_DATASOURCE_URL): several instances share sessions, rate-limit counters and results"
                    + " only there");
        }
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        // nothing: see the class comment
    }

}

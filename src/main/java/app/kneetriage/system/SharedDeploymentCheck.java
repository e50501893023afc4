package app.kneetriage.system;

import org.springframework.stereotype.Component;

/**
 * Stops the start of a {@link Deployment#SHARED} deployment on anything but PostgreSQL:
 * only there do several instances share sessions, rate-limit counters and results. The
 * one requirement the settings cannot check by themselves, since it asks the database.
 */
@Component
class SharedDeploymentCheck {

    SharedDeploymentCheck(KneeTriageProperties settings, DatabaseKind database) {
        if (settings.deployment() == Deployment.SHARED && !database.isPostgres()) {
            throw new IllegalStateException(settings.deployment().describe() + " needs PostgreSQL"
                    + " (SPRING_DATASOURCE_URL): several instances share sessions, rate-limit counters and results"
                    + " only there");
        }
    }

}

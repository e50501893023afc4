/**
 * The JSON API under {@code /api/v1}: a thin layer over triage, results, the tracker and
 * coaches' boards that answers bad input with problem details.
 */
@ApplicationModule(allowedDependencies = { "answers", "boards", "programmes", "results", "rules", "system" })
package app.kneetriage.api;

import org.springframework.modulith.ApplicationModule;

/**
 * The JSON API under {@code /api/v1}: triage requests, stored results, and problem
 * details for bad input.
 */
@ApplicationModule(allowedDependencies = { "answers", "programmes", "results", "rules", "system" })
package app.kneetriage.api;

import org.springframework.modulith.ApplicationModule;

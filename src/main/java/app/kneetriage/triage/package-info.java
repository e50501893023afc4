/**
 * The runner's way in: the start page, and the symptom form submitted as a new stored
 * result.
 */
@ApplicationModule(allowedDependencies = { "questionnaire", "results", "rules", "system" })
package app.kneetriage.triage;

import org.springframework.modulith.ApplicationModule;

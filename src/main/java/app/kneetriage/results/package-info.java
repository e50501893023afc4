/**
 * Stored triage results and the pages that show one: the runner's result, the coach's
 * shared view behind an unguessable token, and the runner's private manage page (revoke,
 * expiry, re-run, delete). Other modules add parts to those pages through
 * {@link app.kneetriage.results.ResultPagePart}.
 */
@ApplicationModule(allowedDependencies = { "rules", "rules :: content", "system" })
package app.kneetriage.results;

import org.springframework.modulith.ApplicationModule;

/**
 * Stored triage results: immutable snapshots reachable through unguessable share tokens,
 * the result page, and the runner's private manage page (revoke, expiry, re-run, delete).
 */
@ApplicationModule(allowedDependencies = { "rules", "rules :: content", "system" })
package app.kneetriage.results;

import org.springframework.modulith.ApplicationModule;

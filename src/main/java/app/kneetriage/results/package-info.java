/**
 * Stored triage results: immutable snapshots reachable through unguessable share tokens,
 * the result page, and the runner's private manage page (revoke, expiry, re-run, delete).
 */
package app.kneetriage.results;

/** Stored triage results: immutable snapshots reachable through unguessable tokens. */
package app.kneetriage.results;

/**
 * The runner's way in: the start page, and the symptom form submitted as a new stored
 * result.
 */
package app.kneetriage.triage;

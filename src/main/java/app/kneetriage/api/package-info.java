/**
 * The JSON API under {@code /api/v1}: triage requests, stored results, and problem
 * details for bad input.
 */
package app.kneetriage.api;

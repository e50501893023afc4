package app.kneetriage.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code {"expiresAt": "2027-01-01T00:00:00Z"}}, or {@code null} for a link that never
 * expires.
 */
record ExpiryRequest(@JsonProperty(required = true) Instant expiresAt) {
}

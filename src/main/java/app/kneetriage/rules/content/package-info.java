/** The stored, versioned rule content (JPA) and the cache that turns it into the engine's rule set. */
package app.kneetriage.rules.content;

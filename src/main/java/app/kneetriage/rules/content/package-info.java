/**
 * The stored, versioned rule content (JPA), its export and import, and the cache that
 * turns the live version into the engine's rule set. Open to other modules as the named
 * interface {@code content}.
 */
@NamedInterface("content")
package app.kneetriage.rules.content;

import org.springframework.modulith.NamedInterface;

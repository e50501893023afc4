/**
 * Coaches' boards: a private board link that lists the runners who chose to join it, each
 * as their share link shows them, most in need of attention first. Other modules (the
 * JSON API) use {@code Boards} and the records it answers with; the entities and the
 * secrets stay inside.
 */
@ApplicationModule(allowedDependencies = { "programmes", "results", "rules", "system" })
package app.kneetriage.boards;

import org.springframework.modulith.ApplicationModule;

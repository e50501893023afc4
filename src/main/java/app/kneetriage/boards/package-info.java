/**
 * Coaches' boards: a private board link that lists the runners who chose to join it, each
 * as their share link shows them, most in need of attention first.
 */
@ApplicationModule(allowedDependencies = { "programmes", "results", "rules", "system" })
package app.kneetriage.boards;

import org.springframework.modulith.ApplicationModule;

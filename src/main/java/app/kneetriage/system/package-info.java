/**
 * What every module relies on and that depends on no other module: security (login, CSRF,
 * headers), error pages and problem documents, redirects, and the clock.
 */
@ApplicationModule(allowedDependencies = {})
package app.kneetriage.system;

import org.springframework.modulith.ApplicationModule;

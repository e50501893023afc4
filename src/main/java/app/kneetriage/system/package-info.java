/**
 * The infrastructure every module stands on, depending on no other module: the one
 * settings record, security, the request filters that read each module's URL policy,
 * error answers, and the clock.
 */
@ApplicationModule(allowedDependencies = {})
package app.kneetriage.system;

import org.springframework.modulith.ApplicationModule;
